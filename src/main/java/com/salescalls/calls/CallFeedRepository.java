package com.salescalls.calls;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads analysed calls by {@code analyzed_seq} (index {@code calls_analyzed_seq_idx}). */
@Repository
class CallFeedRepository {

    private static final String COLUMNS = "analyzed_seq, call_id, agent_id, customer_id, language, start_time, "
            + "customer_sentiment_score, embedding, transcript";

    private final JdbcClient jdbc;

    CallFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AnalyzedCall> after(long afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calls WHERE analyzed_seq > :after ORDER BY analyzed_seq "
                        + "LIMIT :limit")
                .param("after", afterSeq).param("limit", limit)
                .query((rs, row) -> analyzed(rs)).list();
    }

    List<AnalyzedCall> between(long afterSeq, long upToSeq) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calls WHERE analyzed_seq > :after AND analyzed_seq <= :upTo "
                        + "ORDER BY analyzed_seq")
                .param("after", afterSeq).param("upTo", upToSeq)
                .query((rs, row) -> analyzed(rs)).list();
    }

    List<AnalyzedCall> at(Collection<Long> seqs) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calls WHERE analyzed_seq = ANY(?) ORDER BY analyzed_seq")
                .param(seqs.stream().mapToLong(Long::longValue).toArray())
                .query((rs, row) -> analyzed(rs)).list();
    }

    long countAfter(long afterSeq) {
        return jdbc.sql("SELECT count(*) FROM calls WHERE analyzed_seq > ?").param(afterSeq).query(Long.class).single();
    }

    long highestSeq() {
        // the sequence, not max(analyzed_seq): numbers handed to transactions still open count as used
        return jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM calls_analyzed_seq")
                .query(Long.class).single();
    }

    private static AnalyzedCall analyzed(ResultSet rs) throws SQLException {
        Timestamp start = rs.getTimestamp("start_time");
        return new AnalyzedCall(rs.getLong("analyzed_seq"), rs.getString("call_id"), rs.getString("agent_id"),
                rs.getString("customer_id"), rs.getString("language"), start.toInstant(),
                rs.getObject("customer_sentiment_score", Double.class), floats(rs.getArray("embedding")),
                rs.getString("transcript"));
    }

    private static float @Nullable [] floats(@Nullable Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }
}
