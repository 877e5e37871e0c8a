package com.salescalls.calls;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a call list can take; {@code -} in front of a field means descending. Each ends with call_id
 * so that rows with equal keys keep one order and pages never overlap.
 */
public enum CallSort {
    NEWEST("-start_time", "start_time DESC, call_id DESC"),
    OLDEST("start_time", "start_time ASC, call_id ASC"),
    MOST_POSITIVE("-customer_sentiment_score", "customer_sentiment_score DESC NULLS LAST, call_id DESC"),
    MOST_NEGATIVE("customer_sentiment_score", "customer_sentiment_score ASC NULLS LAST, call_id ASC"),
    HIGHEST_TALK_RATIO("-agent_talk_ratio", "agent_talk_ratio DESC NULLS LAST, call_id DESC"),
    LOWEST_TALK_RATIO("agent_talk_ratio", "agent_talk_ratio ASC NULLS LAST, call_id ASC"),
    LONGEST("-duration_seconds", "duration_seconds DESC, call_id DESC"),
    SHORTEST("duration_seconds", "duration_seconds ASC, call_id ASC"),
    /** Full-text rank, best first; only with a query. */
    RELEVANCE("relevance", "ts_rank_cd(search_vector, websearch_to_tsquery('english', :q)) DESC, "
            + "start_time DESC, call_id DESC");

    private final String wireName;
    private final String orderBy;

    CallSort(String wireName, String orderBy) {
        this.wireName = wireName;
        this.orderBy = orderBy;
    }

    public String wireName() {
        return wireName;
    }

    String orderBy() {
        return orderBy;
    }

    public static Optional<CallSort> fromWireName(String name) {
        return Arrays.stream(values()).filter(sort -> sort.wireName.equals(name)).findFirst();
    }
}
