package com.salescalls.similarity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.Identifiers;
import com.salescalls.calls.CallFilter;
import com.salescalls.calls.CallSort;
import com.salescalls.calls.FilterParameters;
import com.salescalls.calls.IngestRules;
import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.InvalidParameters.Violation;
import com.salescalls.similarity.SearchMode;
import com.salescalls.similarity.SearchPage;
import com.salescalls.similarity.SearchResult;
import com.salescalls.similarity.SearchService;
import com.salescalls.similarity.SimilarityProperties;

/** Keyword, semantic and hybrid search over calls, with the filters of the calls list. */
@RestController
@Tag(name = "search")
class SearchController {

    private final SearchService search;
    private final SimilarityProperties properties;

    SearchController(SearchService search, SimilarityProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    record SearchResponse(List<SearchResult> results, long total, int limit, int offset, String mode) {
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search calls: keyword (full text), semantic (embeddings) or hybrid (both, fused by "
            + "reciprocal rank fusion); each result gives the ranks it got")
    SearchResponse search(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "q") String q,
            @RequestParam(name = "mode", defaultValue = "hybrid") String mode,
            @RequestParam(name = "limit", defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "offset", defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(name = "agent_id", required = false)
            @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) @Nullable String agentId,
            @RequestParam(name = "customer_id", required = false)
            @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) @Nullable String customerId,
            @RequestParam(name = "language", required = false)
            @Pattern(regexp = IngestRules.LANGUAGE_PATTERN, message = IngestRules.LANGUAGE_MESSAGE)
            @Nullable String language,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "min_sentiment", required = false) @Nullable Double minSentiment,
            @RequestParam(name = "max_sentiment", required = false) @Nullable Double maxSentiment) {
        List<Violation> violations = new ArrayList<>();
        String query = q.strip();
        if (query.isEmpty()) {
            violations.add(new Violation("q", "must not be blank"));
        } else if (query.length() > properties.maxQueryLength()) {
            violations.add(new Violation("q", "must be at most " + properties.maxQueryLength() + " characters"));
        }
        SearchMode searchMode = SearchMode.fromWireName(mode).orElse(null);
        if (searchMode == null) {
            violations.add(new Violation("mode", "must be one of "
                    + Arrays.stream(SearchMode.values()).map(SearchMode::wireName).toList()));
        }
        CallFilter filter = new FilterParameters(agentId, customerId, language, fromDate, toDate, minSentiment,
                maxSentiment).toFilter(violations, query, CallSort.RELEVANCE, limit, offset);
        SearchPage page = search.search(searchMode, filter, caller);
        return new SearchResponse(page.results(), page.total(), limit, offset, searchMode.wireName());
    }
}
