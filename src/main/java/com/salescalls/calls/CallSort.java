package com.salescalls.calls;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The orders a call list can take; {@code -} in front of a field means descending. Each ends with call_id
 * so that rows with equal keys keep one order and pages never overlap, and each but relevance is a keyset: the
 * sort key and call_id of a page's last row say where the next page starts ({@link CallCursor}). A nullable key
 * sorts as a value outside its range ({@code NULLS LAST} either way), so that one row comparison pages through
 * calls without a score too, on the expression indexes of {@code V82__keyset_indexes.sql}.
 */
public enum CallSort {
    NEWEST("-start_time", "start_time", Key.TIME, true),
    OLDEST("start_time", "start_time", Key.TIME, false),
    // sentiment is within [-1, 1] and the talk ratio within [0, 1] (CHECK constraints), so the stand-ins sort last
    MOST_POSITIVE("-customer_sentiment_score", "COALESCE(customer_sentiment_score, -2)", Key.NUMBER, true),
    MOST_NEGATIVE("customer_sentiment_score", "COALESCE(customer_sentiment_score, 2)", Key.NUMBER, false),
    HIGHEST_TALK_RATIO("-agent_talk_ratio", "COALESCE(agent_talk_ratio, -1)", Key.NUMBER, true),
    LOWEST_TALK_RATIO("agent_talk_ratio", "COALESCE(agent_talk_ratio, 2)", Key.NUMBER, false),
    LONGEST("-duration_seconds", "duration_seconds", Key.WHOLE_NUMBER, true),
    SHORTEST("duration_seconds", "duration_seconds", Key.WHOLE_NUMBER, false),
    /** Keyword relevance, best first; only with a query, and paged by offset. */
    RELEVANCE("relevance", "ts_rank_cd(search_vector, websearch_to_tsquery('english', :q))", Key.NONE, true);

    /** What the sort key of a cursor holds. */
    enum Key {
        TIME, NUMBER, WHOLE_NUMBER, NONE
    }

    private final String wireName;
    private final String key;
    private final Key keyType;
    private final boolean descending;

    CallSort(String wireName, String key, Key keyType, boolean descending) {
        this.wireName = wireName;
        this.key = key;
        this.keyType = keyType;
        this.descending = descending;
    }

    public String wireName() {
        return wireName;
    }

    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return this == RELEVANCE ? key + " DESC, start_time DESC, call_id DESC"
                : key + direction + ", call_id" + direction;
    }

    /** Rows after the cursor's in this order: one row comparison, which the order's index answers as a range. */
    @Nullable String after() {
        return keyType == Key.NONE ? null
                : "(" + key + ", call_id) " + (descending ? "<" : ">") + " (:cursor_key, :cursor_id)";
    }

    Key keyType() {
        return keyType;
    }

    /** This order's sort key of a call, as the SQL expression computes it. */
    @Nullable Object keyOf(Call call) {
        return switch (this) {
            case NEWEST, OLDEST -> call.startTime();
            case MOST_POSITIVE -> call.customerSentimentScore() == null ? -2.0 : call.customerSentimentScore();
            case MOST_NEGATIVE -> call.customerSentimentScore() == null ? 2.0 : call.customerSentimentScore();
            case HIGHEST_TALK_RATIO -> call.agentTalkRatio() == null ? -1.0 : call.agentTalkRatio();
            case LOWEST_TALK_RATIO -> call.agentTalkRatio() == null ? 2.0 : call.agentTalkRatio();
            case LONGEST, SHORTEST -> call.durationSeconds();
            case RELEVANCE -> null;
        };
    }

    public static Optional<CallSort> fromWireName(String name) {
        return Arrays.stream(values()).filter(sort -> sort.wireName.equals(name)).findFirst();
    }
}
