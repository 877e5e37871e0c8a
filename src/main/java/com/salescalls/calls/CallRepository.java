package com.salescalls.calls;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.TranscriptAnalysis;

/** The calls table: pending inserts, stored analyses, and the list/detail queries. */
@Repository
class CallRepository {

    private static final String COLUMNS = "call_id, agent_id, customer_id, language, start_time, duration_seconds, "
            + "transcript, agent_talk_ratio, customer_sentiment_score, analysis_status, analysis_error, "
            + "created_at, updated_at, analysis_version";
    /** The detail adds what a list does not show: metrics and posted utterances. */
    private static final String DETAIL_COLUMNS = COLUMNS + ", metrics, utterances";
    private static final TypeReference<List<SpokenLine>> UTTERANCES = new TypeReference<>() {
    };

    private static final Pattern PLAN_ROWS =
            Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    CallRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** A stored call's input to the analyser. */
    record PendingAnalysis(String callId, String transcript, @Nullable List<SpokenLine> utterances,
                           int durationSeconds) {
    }

    record AnalysedCall(String callId, TranscriptAnalysis analysis) {
    }

    /** Inserts the calls whose id is not stored yet, as pending; says for each row whether it was inserted. */
    boolean[] insertPending(List<NewCall> rows) {
        int[][] counts = template.batchUpdate("""
                INSERT INTO calls (call_id, agent_id, customer_id, language, start_time, duration_seconds,
                                   transcript, utterances, content_hash, analysis_status)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, 'pending')
                ON CONFLICT (call_id) DO NOTHING""", rows, rows.size(),
                (PreparedStatement ps, NewCall call) -> {
                    ps.setString(1, call.callId());
                    ps.setString(2, call.agentId());
                    ps.setString(3, call.customerId());
                    ps.setString(4, call.language());
                    ps.setObject(5, call.startTime());
                    ps.setInt(6, call.durationSeconds());
                    ps.setString(7, call.transcript());
                    ps.setString(8, call.utterances() == null ? null : json.writeValueAsString(call.utterances()));
                    ps.setBytes(9, ContentHash.of(call));
                });
        boolean[] inserted = new boolean[rows.size()];
        int i = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                inserted[i++] = count > 0;
            }
        }
        return inserted;
    }

    /** The stored content hash of each of these ids that exists (null for calls stored before hashes were kept). */
    Map<String, byte @Nullable []> contentHashes(Collection<String> callIds) {
        Map<String, byte @Nullable []> hashes = new HashMap<>();
        jdbc.sql("SELECT call_id, content_hash FROM calls WHERE call_id = ANY(?)")
                .param(callIds.toArray(String[]::new))
                .query(rs -> {
                    hashes.put(rs.getString(1), rs.getBytes(2));
                });
        return hashes;
    }

    /** What a worker needs to analyse these calls. */
    List<PendingAnalysis> forAnalysis(Collection<String> callIds) {
        return jdbc.sql("""
                SELECT call_id, transcript, utterances, duration_seconds FROM calls WHERE call_id = ANY(?)""")
                .param(callIds.toArray(String[]::new))
                .query((rs, row) -> new PendingAnalysis(rs.getString(1), rs.getString(2), utterances(rs.getString(3)),
                        rs.getInt(4)))
                .list();
    }

    /** Stores analyses, each taking the next {@code analyzed_seq} (re-analyses too). */
    void storeAnalyses(List<AnalysedCall> rows, int analysisVersion) {
        template.batchUpdate("""
                UPDATE calls SET agent_talk_ratio = ?, customer_sentiment_score = ?, embedding = ?,
                                 metrics = CAST(? AS jsonb), analysis_status = 'analyzed', analysis_error = NULL,
                                 analysis_version = ?, analyzed_seq = nextval('calls_analyzed_seq'),
                                 analysis_count = analysis_count + 1, updated_at = now()
                WHERE call_id = ?""", rows, rows.size(),
                (PreparedStatement ps, AnalysedCall row) -> {
                    TranscriptAnalysis analysis = row.analysis();
                    setNullableDouble(ps, 1, analysis.agentTalkRatio());
                    setNullableDouble(ps, 2, analysis.customerSentimentScore());
                    ps.setArray(3, toSqlArray(ps, analysis.embedding()));
                    ps.setString(4, analysis.metrics() == null ? null : json.writeValueAsString(analysis.metrics()));
                    ps.setInt(5, analysisVersion);
                    ps.setString(6, row.callId());
                });
    }

    void markFailed(String callId, String reason) {
        jdbc.sql("""
                UPDATE calls SET analysis_status = 'failed', analysis_error = ?, updated_at = now()
                WHERE call_id = ?""").param(reason).param(callId).update();
    }

    /** Failed calls go back to pending when they are queued again. */
    int resetFailed() {
        return jdbc.sql("""
                UPDATE calls SET analysis_status = 'pending', analysis_error = NULL, updated_at = now()
                WHERE analysis_status = 'failed'""").update();
    }

    /** Ids of the selected calls after {@code afterId}, in id order (the primary key's). */
    List<String> ids(CallAnalyses.Selection selection, int version, @Nullable String afterId, int limit) {
        String condition = switch (selection) {
            case ALL -> "TRUE";
            case NOT_CURRENT -> "(analysis_version IS NULL OR analysis_version < :version)";
            case ANALYZED_BY_OLDER -> "analysis_status = 'analyzed' AND analysis_version < :version";
        };
        return jdbc.sql("SELECT call_id FROM calls WHERE " + condition
                        + " AND call_id > :after ORDER BY call_id LIMIT :limit")
                .param("version", version).param("after", afterId == null ? "" : afterId).param("limit", limit)
                .query(String.class).list();
    }

    Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new TreeMap<>(Map.of("pending", 0L, "analyzed", 0L, "failed", 0L));
        jdbc.sql("SELECT analysis_status, count(*) FROM calls GROUP BY analysis_status")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    Optional<Call> find(String callId, boolean withEmbedding) {
        String columns = withEmbedding ? DETAIL_COLUMNS + ", embedding" : DETAIL_COLUMNS;
        return jdbc.sql("SELECT " + columns + " FROM calls WHERE call_id = ?").param(callId)
                .query((rs, row) -> call(rs, true, withEmbedding)).optional();
    }

    /** A page of the list: after the cursor when there is one (its offset is then 0), else at the filter's offset. */
    List<Call> page(CallQuerySql query, @Nullable CallCursor after) {
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        if (after != null) {
            parameters.put("cursor_key", after.key());
            parameters.put("cursor_id", after.callId());
        }
        return jdbc.sql(pageSql(query, after != null))
                .params(parameters)
                .param("limit", query.filter().limit())
                .param("offset", after != null ? 0 : query.filter().offset())
                .query((rs, row) -> call(rs, false, false)).list();
    }

    static String pageSql(CallQuerySql query) {
        return pageSql(query, false);
    }

    static String pageSql(CallQuerySql query, boolean afterCursor) {
        String where = query.where();
        if (afterCursor) {
            where = (where.isEmpty() ? "WHERE " : where + " AND ") + query.filter().sort().after();
        }
        return "SELECT " + COLUMNS + " FROM calls " + where + " ORDER BY " + query.filter().sort().orderBy()
                + " LIMIT :limit OFFSET :offset";
    }

    /** These calls, in the given order, skipping ids that do not exist. */
    List<Call> byIds(List<String> callIds) {
        if (callIds.isEmpty()) {
            return List.of();
        }
        Map<String, Call> found = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM calls WHERE call_id = ANY(?)").param(callIds.toArray(String[]::new))
                .query((rs, row) -> call(rs, false, false)).list().forEach(call -> found.put(call.callId(), call));
        return callIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Every call the query matches (at most {@code maxRows}), in its order, read in chunks through a cursor so
     * that an export of many calls never holds them all in memory. Needs the caller's transaction: PostgreSQL
     * streams only outside autocommit.
     */
    void forEach(CallQuerySql query, int maxRows, Consumer<Call> each) {
        NamedParameterJdbcTemplate streaming = new NamedParameterJdbcTemplate(streamingTemplate());
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        parameters.put("limit", maxRows);
        parameters.put("offset", 0);
        streaming.query(pageSql(query), parameters, (RowCallbackHandler) rs -> each.accept(call(rs, false, false)));
    }

    private JdbcTemplate streamingTemplate() {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(500);
        return streaming;
    }

    long count(CallQuerySql query) {
        return jdbc.sql("SELECT count(*) FROM calls " + query.where()).params(query.parameters())
                .query(Long.class).single();
    }

    /** How many calls match, counting no further than {@code bound + 1}: the cost stays that of a short scan. */
    long countUpTo(CallQuerySql query, int bound) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM calls " + query.where() + " LIMIT :bound) AS matched")
                .params(query.parameters()).param("bound", bound + 1).query(Long.class).single();
    }

    /** PostgreSQL's planner estimate of how many calls match (from its statistics; nothing is scanned). */
    long estimatedCount(CallQuerySql query) {
        String plan = String.join("\n", jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM calls " + query.where())
                .params(query.parameters()).query(String.class).list());
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Math.round(Double.parseDouble(rows.group(1))) : 0;
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

    private Call call(ResultSet rs, boolean detail, boolean withEmbedding) throws SQLException {
        return new Call(rs.getString("call_id"), rs.getString("agent_id"), rs.getString("customer_id"),
                rs.getString("language"), rs.getObject("start_time", OffsetDateTime.class),
                rs.getInt("duration_seconds"), rs.getString("transcript"),
                rs.getObject("agent_talk_ratio", Double.class), rs.getObject("customer_sentiment_score", Double.class),
                rs.getString("analysis_status"), rs.getString("analysis_error"),
                detail ? metrics(rs.getString("metrics")) : null,
                withEmbedding ? floats(rs.getArray("embedding")) : null,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("analysis_version", Integer.class),
                detail ? utterances(rs.getString("utterances")) : null);
    }

    private @Nullable ConversationMetrics metrics(@Nullable String stored) {
        return stored == null ? null : json.readValue(stored, ConversationMetrics.class);
    }

    private @Nullable List<SpokenLine> utterances(@Nullable String stored) {
        return stored == null ? null : json.readValue(stored, UTTERANCES);
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
