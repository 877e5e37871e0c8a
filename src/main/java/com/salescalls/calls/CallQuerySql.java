package com.salescalls.calls;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salescalls.identity.CurrentUser;

/**
 * The WHERE clause of a call list, built from fixed fragments with named parameters only (no value is ever
 * spliced into the SQL). An agent user's scope is one more condition, so it applies to the count as well.
 */
record CallQuerySql(CallFilter filter, String where, Map<String, Object> parameters) {

    static CallQuerySql of(CallFilter filter, CurrentUser caller) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.seesAllAgents()) {
            if (caller.agentId() == null) {
                conditions.add("false");
            } else {
                conditions.add("agent_id = :scope_agent");
                parameters.put("scope_agent", caller.agentId());
            }
        }
        add(conditions, parameters, "agent_id = :agent_id", "agent_id", filter.agentId());
        add(conditions, parameters, "customer_id = :customer_id", "customer_id", filter.customerId());
        add(conditions, parameters, "language = :language", "language", filter.language());
        add(conditions, parameters, "start_time >= :from", "from",
                filter.from() == null ? null : Timestamp.from(filter.from()));
        add(conditions, parameters, "start_time < :to", "to",
                filter.toExclusive() == null ? null : Timestamp.from(filter.toExclusive()));
        add(conditions, parameters, "customer_sentiment_score >= :min_sentiment", "min_sentiment",
                filter.minSentiment());
        add(conditions, parameters, "customer_sentiment_score <= :max_sentiment", "max_sentiment",
                filter.maxSentiment());
        add(conditions, parameters, "search_vector @@ websearch_to_tsquery('english', :q)", "q", filter.query());
        if (filter.sort() == CallSort.RELEVANCE && filter.query() == null) {
            throw new IllegalArgumentException("relevance order needs a query");
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        return new CallQuerySql(filter, where, parameters);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
