package com.salescalls.calls;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.salescalls.insights.TranscriptAnalysis;

/** The calls table: batch inserts of analysed calls and the list/detail queries. */
@Repository
class CallRepository {

    private static final String COLUMNS = "call_id, agent_id, customer_id, language, start_time, duration_seconds, "
            + "transcript, agent_talk_ratio, customer_sentiment_score, analysis_status, analysis_error, "
            + "created_at, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CallRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Analysed(NewCall call, TranscriptAnalysis analysis) {
    }

    void insertAnalysed(List<Analysed> rows) {
        template.batchUpdate("""
                INSERT INTO calls (call_id, agent_id, customer_id, language, start_time, duration_seconds,
                                   transcript, agent_talk_ratio, customer_sentiment_score, embedding,
                                   analysis_status, analyzed_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'analyzed', nextval('calls_analyzed_seq'))""", rows, rows.size(),
                (PreparedStatement ps, Analysed row) -> {
                    NewCall call = row.call();
                    ps.setString(1, call.callId());
                    ps.setString(2, call.agentId());
                    ps.setString(3, call.customerId());
                    ps.setString(4, call.language());
                    ps.setObject(5, call.startTime());
                    ps.setInt(6, call.durationSeconds());
                    ps.setString(7, call.transcript());
                    setNullableDouble(ps, 8, row.analysis().agentTalkRatio());
                    setNullableDouble(ps, 9, row.analysis().customerSentimentScore());
                    ps.setArray(10, toSqlArray(ps, row.analysis().embedding()));
                });
    }

    Optional<Call> find(String callId, boolean withEmbedding) {
        String columns = withEmbedding ? COLUMNS + ", embedding" : COLUMNS;
        return jdbc.sql("SELECT " + columns + " FROM calls WHERE call_id = ?").param(callId)
                .query((rs, row) -> call(rs, withEmbedding)).optional();
    }

    List<Call> page(CallQuerySql query) {
        return jdbc.sql(pageSql(query))
                .params(query.parameters())
                .param("limit", query.filter().limit())
                .param("offset", query.filter().offset())
                .query((rs, row) -> call(rs, false)).list();
    }

    static String pageSql(CallQuerySql query) {
        return "SELECT " + COLUMNS + " FROM calls " + query.where() + " ORDER BY " + query.filter().sort().orderBy()
                + " LIMIT :limit OFFSET :offset";
    }

    long count(CallQuerySql query) {
        return jdbc.sql("SELECT count(*) FROM calls " + query.where()).params(query.parameters())
                .query(Long.class).single();
    }

    /** The highest number among ids of the standard form {@code CALL_} + 8 digits. */
    OptionalLong highestStandardCallNumber() {
        // Fixed width, so the lexically greatest id is the numerically greatest.
        return jdbc.sql("SELECT max(call_id) FROM calls WHERE call_id ~ '^CALL_[0-9]{8}$'")
                .query((rs, row) -> rs.getString(1)).optional()
                .filter(id -> id != null)
                .map(id -> OptionalLong.of(Long.parseLong(id.substring("CALL_".length()))))
                .orElse(OptionalLong.empty());
    }

    long countAll() {
        return jdbc.sql("SELECT count(*) FROM calls").query(Long.class).single();
    }

    private static void setNullableDouble(PreparedStatement ps, int index, @Nullable Double value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static @Nullable Array toSqlArray(PreparedStatement ps, float @Nullable [] vector) throws SQLException {
        if (vector == null) {
            return null;
        }
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return ps.getConnection().createArrayOf("float4", boxed);
    }

    private static Call call(ResultSet rs, boolean withEmbedding) throws SQLException {
        return new Call(rs.getString("call_id"), rs.getString("agent_id"), rs.getString("customer_id"),
                rs.getString("language"), rs.getObject("start_time", OffsetDateTime.class),
                rs.getInt("duration_seconds"), rs.getString("transcript"),
                rs.getObject("agent_talk_ratio", Double.class), rs.getObject("customer_sentiment_score", Double.class),
                rs.getString("analysis_status"), rs.getString("analysis_error"),
                null, // TODO(pipeline): read the metrics column
                withEmbedding ? floats(rs.getArray("embedding")) : null,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
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
