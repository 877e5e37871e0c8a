package com.salescalls.calls.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.Identifiers;
import com.salescalls.calls.CallCursor;
import com.salescalls.calls.CallFilter;
import com.salescalls.calls.CallPage;
import com.salescalls.calls.CallService;
import com.salescalls.calls.CallSort;
import com.salescalls.calls.FilterParameters;
import com.salescalls.calls.IngestRules;
import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.CsvProperties;
import com.salescalls.platform.CsvResponse;
import com.salescalls.platform.InvalidParameters.Violation;

/** Listing, filtering and full-text search of calls (one call's detail: {@link CallDetailController}). */
@RestController
@Tag(name = "calls")
class CallController {

    private static final String ID = Identifiers.PATTERN;
    private static final String ID_MESSAGE = Identifiers.MESSAGE;

    private final CallService calls;
    private final CsvProperties csv;

    CallController(CallService calls, CsvProperties csv) {
        this.calls = calls;
        this.csv = csv;
    }

    /**
     * @param total           matching calls: exact up to 1,000, beyond that an estimate ({@code total_is_estimate})
     * @param nextCursor      pass as {@code cursor} for the next page; null after the last page and in relevance order
     */
    record CallList(List<CallView> calls, long total, boolean totalIsEstimate, int limit, int offset,
                    @Nullable String nextCursor) {
    }

    @GetMapping("/api/v1/calls")
    @Operation(summary = "List calls, newest first, with filters; `q` searches transcripts (ranked by relevance); "
            + "`cursor` (the previous page's `next_cursor`) pages at the same cost at any depth, where a deep `offset` "
            + "is slower; `total` is exact up to 1,000 matches, beyond that an estimate (`total_is_estimate`); "
            + "`Accept: text/csv` or `format=csv` exports every matching call as CSV instead of a page")
    CallList list(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(name = "offset", defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(name = "cursor", required = false) @Size(max = 512) @Nullable String cursor,
            @RequestParam(name = "agent_id", required = false) @Pattern(regexp = ID, message = ID_MESSAGE)
            @Nullable String agentId,
            @RequestParam(name = "customer_id", required = false) @Pattern(regexp = ID, message = ID_MESSAGE)
            @Nullable String customerId,
            @RequestParam(name = "language", required = false)
            @Pattern(regexp = IngestRules.LANGUAGE_PATTERN, message = IngestRules.LANGUAGE_MESSAGE)
            @Nullable String language,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "min_sentiment", required = false) @Nullable Double minSentiment,
            @RequestParam(name = "max_sentiment", required = false) @Nullable Double maxSentiment,
            @RequestParam(name = "q", required = false) @Size(min = 1, max = 200) @Nullable String q,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @RequestParam(name = "format", required = false)
            @Pattern(regexp = "json|csv", message = "must be json or csv") @Nullable String format) {
        List<Violation> violations = new ArrayList<>();
        String query = query(violations, q);
        CallSort order = sort(violations, sort, query);
        CallCursor after = null;
        if (cursor != null) {
            after = CallCursor.parse(violations, "cursor", cursor, order);
            if (offset != 0) {
                violations.add(new Violation("offset", "must be 0 with a cursor"));
            }
        }
        CallFilter filter = new FilterParameters(agentId, customerId, language, fromDate, toDate, minSentiment,
                maxSentiment).toFilter(violations, query, order, limit, offset);
        CallPage page = calls.list(filter, after, caller);
        return new CallList(page.calls().stream().map(CallView::of).toList(), page.total(), page.totalIsEstimate(),
                limit, offset, page.nextCursor());
    }

    @GetMapping(path = "/api/v1/calls", produces = CsvResponse.TEXT_CSV)
    @Operation(hidden = true)
    void csvByAccept(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "agent_id", required = false) @Pattern(regexp = ID, message = ID_MESSAGE)
            @Nullable String agentId,
            @RequestParam(name = "customer_id", required = false) @Pattern(regexp = ID, message = ID_MESSAGE)
            @Nullable String customerId,
            @RequestParam(name = "language", required = false)
            @Pattern(regexp = IngestRules.LANGUAGE_PATTERN, message = IngestRules.LANGUAGE_MESSAGE)
            @Nullable String language,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "min_sentiment", required = false) @Nullable Double minSentiment,
            @RequestParam(name = "max_sentiment", required = false) @Nullable Double maxSentiment,
            @RequestParam(name = "q", required = false) @Size(min = 1, max = 200) @Nullable String q,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            HttpServletResponse response) throws IOException {
        exportCsv(caller, new FilterParameters(agentId, customerId, language, fromDate, toDate, minSentiment,
                maxSentiment), q, sort, response);
    }

    @GetMapping(path = "/api/v1/calls", params = "format=csv")
    @Operation(hidden = true)
    void csvByParameter(@AuthenticationPrincipal CurrentUser caller,
            @RequestParam(name = "agent_id", required = false) @Pattern(regexp = ID, message = ID_MESSAGE)
            @Nullable String agentId,
            @RequestParam(name = "customer_id", required = false) @Pattern(regexp = ID, message = ID_MESSAGE)
            @Nullable String customerId,
            @RequestParam(name = "language", required = false)
            @Pattern(regexp = IngestRules.LANGUAGE_PATTERN, message = IngestRules.LANGUAGE_MESSAGE)
            @Nullable String language,
            @RequestParam(name = "from_date", required = false) @Nullable String fromDate,
            @RequestParam(name = "to_date", required = false) @Nullable String toDate,
            @RequestParam(name = "min_sentiment", required = false) @Nullable Double minSentiment,
            @RequestParam(name = "max_sentiment", required = false) @Nullable Double maxSentiment,
            @RequestParam(name = "q", required = false) @Size(min = 1, max = 200) @Nullable String q,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            HttpServletResponse response) throws IOException {
        exportCsv(caller, new FilterParameters(agentId, customerId, language, fromDate, toDate, minSentiment,
                maxSentiment), q, sort, response);
    }

    /** Every matching call, not a page: limit and offset do not apply; at most {@code CSV_MAX_ROWS}. */
    private void exportCsv(CurrentUser caller, FilterParameters parameters, @Nullable String q, @Nullable String sort,
            HttpServletResponse response) throws IOException {
        CallFilter filter = filter(parameters, q, sort, csv.maxRows(), 0);
        CsvResponse out = new CsvResponse(response, "calls.csv", CallCsv.HEADER);
        calls.export(filter, caller, csv.maxRows(), out::begin, call -> out.row(CallCsv.row(call)));
        out.finish();
    }

    private static CallFilter filter(FilterParameters parameters, @Nullable String q, @Nullable String sort, int limit,
            int offset) {
        List<Violation> violations = new ArrayList<>();
        String query = query(violations, q);
        CallSort order = sort(violations, sort, query);
        return parameters.toFilter(violations, query, order, limit, offset);
    }

    private static @Nullable String query(List<Violation> violations, @Nullable String q) {
        String query = q == null ? null : q.strip();
        if (query != null && query.isEmpty()) {
            violations.add(new Violation("q", "must not be blank"));
        }
        return query;
    }

    private static CallSort sort(List<Violation> violations, @Nullable String sort, @Nullable String query) {
        if (sort == null) {
            return query == null ? CallSort.NEWEST : CallSort.RELEVANCE;
        }
        CallSort order = CallSort.fromWireName(sort).orElse(null);
        if (order == null) {
            violations.add(new Violation("sort", "must be one of " + Arrays.stream(CallSort.values())
                    .map(CallSort::wireName).toList()));
            return CallSort.NEWEST;
        }
        if (order == CallSort.RELEVANCE && query == null) {
            violations.add(new Violation("sort", "relevance needs a full-text query q"));
        }
        return order;
    }
}
