package com.salescalls.calls;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ranked full-text pages and result summaries (index {@code calls_search_vector_idx}). */
@Repository
class CallSearchRepository {

    // Highlights use ** rather than HTML tags: transcripts are user input and must never become markup.
    private static final String HEADLINE_OPTIONS = "StartSel=**, StopSel=**, MaxWords=35, MinWords=15, "
            + "MaxFragments=2, FragmentDelimiter=\" … \"";

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

    List<CallSummary> summaries(List<String> callIds, @Nullable String query) {
        // ts_headline reparses the whole transcript, so it runs on the requested rows only
        String text = query == null ? "left(transcript, :length)"
                : "left(ts_headline('english', transcript, websearch_to_tsquery('english', :q), :options), :length)";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT call_id, agent_id, start_time, "
                        + "customer_sentiment_score, " + text + " AS text FROM calls WHERE call_id IN (:ids)")
                .param("ids", callIds)
                .param("length", CallSearch.TEXT_LENGTH);
        if (query != null) {
            statement = statement.param("q", query).param("options", HEADLINE_OPTIONS);
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
