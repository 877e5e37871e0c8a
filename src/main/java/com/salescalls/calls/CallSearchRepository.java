package com.salescalls.calls;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ranked full-text pages (index {@code calls_search_vector_idx}), the fallback ranking, and result summaries. */
@Repository
class CallSearchRepository {

    private final JdbcClient jdbc;

    CallSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of ranked matches and the number of all matches, from one scan: ranking reads every match's
     * tsvector anyway, so the window count costs next to nothing, where a separate count(*) would scan the matches
     * a second time. Past the last match the page is empty and the count is asked for on its own.
     */
    KeywordHits rankedPage(CallQuerySql query) {
        record Row(KeywordHits.Hit hit, long total) {
        }
        List<Row> rows = jdbc.sql("SELECT call_id, ts_rank_cd(search_vector, websearch_to_tsquery('english', :q)) "
                        + "AS rank, count(*) OVER () AS total FROM calls " + query.where() + " ORDER BY "
                        + query.filter().sort().orderBy() + " LIMIT :limit OFFSET :offset")
                .params(query.parameters())
                .param("limit", query.filter().limit())
                .param("offset", query.filter().offset())
                .query((rs, row) -> new Row(new KeywordHits.Hit(rs.getString("call_id"), rs.getDouble("rank")),
                        rs.getLong("total"))).list();
        long total = !rows.isEmpty() ? rows.getFirst().total() : query.filter().offset() == 0 ? 0 : count(query);
        return new KeywordHits(rows.stream().map(Row::hit).toList(), total);
    }

    private long count(CallQuerySql query) {
        return jdbc.sql("SELECT count(*) FROM calls " + query.where()).params(query.parameters())
                .query(Long.class).single();
    }

    /** The calls with the first {@code length} characters of their transcripts as the text, in the given order. */
    List<CallSummary> summaries(List<String> callIds, int length) {
        String text = length == Integer.MAX_VALUE ? "transcript" : "left(transcript, :length)";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT call_id, agent_id, start_time, "
                        + "customer_sentiment_score, " + text + " AS text FROM calls WHERE call_id IN (:ids)")
                .param("ids", callIds);
        if (length != Integer.MAX_VALUE) {
            statement = statement.param("length", length);
        }
        List<CallSummary> found = statement.query((rs, row) -> new CallSummary(rs.getString("call_id"),
                rs.getString("agent_id"), rs.getObject("start_time", OffsetDateTime.class),
                rs.getObject("customer_sentiment_score", Double.class), rs.getString("text"))).list();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < callIds.size(); i++) {
            order.putIfAbsent(callIds.get(i), i);
        }
        return found.stream().sorted(Comparator.comparing(summary -> order.get(summary.callId()))).toList();
    }
}
