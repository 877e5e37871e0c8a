package com.salescalls.calls;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.platform.InvalidParameters;
import com.salescalls.platform.InvalidParameters.Violation;

/**
 * The filters that the calls list and search share, as the client sent them, so that both endpoints validate
 * them one way. Ids and the language are checked by bean-validation annotations on the controllers with the
 * patterns of the {@link IngestRules}; ranges and dates here.
 */
public record FilterParameters(@Nullable String agentId, @Nullable String customerId, @Nullable String language,
                               @Nullable String fromDate, @Nullable String toDate, @Nullable Double minSentiment,
                               @Nullable Double maxSentiment) {

    /**
     * The validated filter; throws one 422 that names every bad parameter, those found here and those the
     * caller already collected in {@code violations}.
     */
    public CallFilter toFilter(List<Violation> violations, @Nullable String query, CallSort sort, int limit,
            int offset) {
        checkSentiment(violations, "min_sentiment", minSentiment);
        checkSentiment(violations, "max_sentiment", maxSentiment);
        if (minSentiment != null && maxSentiment != null && minSentiment > maxSentiment) {
            violations.add(new Violation("min_sentiment", "must not be greater than max_sentiment"));
        }
        Instant from = DateParameter.from(violations, "from_date", fromDate);
        Instant to = DateParameter.toExclusive(violations, "to_date", toDate);
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation("from_date", "must be before to_date"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        return new CallFilter(agentId, customerId, language, from, to, minSentiment, maxSentiment, query, sort,
                limit, offset);
    }

    private static void checkSentiment(List<Violation> violations, String name, @Nullable Double value) {
        if (value != null && !(value >= -1.0 && value <= 1.0)) {
            violations.add(new Violation(name, "must be a number between -1 and 1"));
        }
    }
}
