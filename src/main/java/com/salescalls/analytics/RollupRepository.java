package com.salescalls.analytics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.salescalls.calls.AgentDay;
import com.salescalls.calls.AgentDayTotals;

/** The agent_daily_rollups table: written from call aggregates, read by the leaderboard and trends. */
@Repository
class RollupRepository {

    private static final String SUMS = """
            sum(calls) AS calls, sum(sentiment_calls) AS sentiment_calls, sum(sentiment_sum) AS sentiment_sum,
            sum(positive_calls) AS positive_calls, sum(negative_calls) AS negative_calls,
            sum(talk_ratio_calls) AS talk_ratio_calls, sum(talk_ratio_sum) AS talk_ratio_sum,
            sum(duration_sum) AS duration_sum, sum(metrics_calls) AS metrics_calls,
            sum(agent_questions) AS agent_questions""";
    // Any number that no other advisory lock of this application uses.
    static final long ROLLUPS_LOCK = 0x5a1e5_0005L;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RollupRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Serialises every writer of the rollups until the transaction ends, so that a refresh computed from an older
     * snapshot of the calls can never overwrite a newer one. Waiting longer than {@code timeout} fails.
     */
    void lock(Duration timeout) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(timeout.toMillis() + "ms")
                .query(String.class).single();
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ROLLUPS_LOCK).query((rs, row) -> 1).single();
    }

    /** Replaces the rows of these agent-days by these totals (an agent-day without totals has no calls now). */
    void replace(List<AgentDay> agentDays, List<AgentDayTotals> totals) {
        jdbc.sql("""
                        DELETE FROM agent_daily_rollups r
                        USING unnest(?::varchar[], ?::date[]) AS d(agent_id, day)
                        WHERE r.agent_id = d.agent_id AND r.day = d.day""")
                .param(agentDays.stream().map(AgentDay::agentId).toArray(String[]::new))
                .param(agentDays.stream().map(d -> d.day().toString()).toArray(String[]::new))
                .update();
        insert(totals);
    }

    /**
     * Makes the table equal to these totals, writing only the rows that differ: a nightly rebuild of correct
     * rollups then leaves no dead rows behind for every reader to skip until vacuum runs.
     *
     * @return agent-days added, changed or removed
     */
    int replaceAll(List<AgentDayTotals> totals) {
        jdbc.sql("CREATE TEMP TABLE rebuilt_rollups (LIKE agent_daily_rollups INCLUDING DEFAULTS) ON COMMIT DROP")
                .update();
        insert("rebuilt_rollups", totals);
        int removed = jdbc.sql("""
                DELETE FROM agent_daily_rollups r
                WHERE NOT EXISTS (SELECT 1 FROM rebuilt_rollups t WHERE t.day = r.day AND t.agent_id = r.agent_id)""")
                .update();
        return removed + jdbc.sql("""
                INSERT INTO agent_daily_rollups AS r
                SELECT * FROM rebuilt_rollups
                ON CONFLICT (day, agent_id) DO UPDATE
                SET calls = excluded.calls, sentiment_calls = excluded.sentiment_calls,
                    sentiment_sum = excluded.sentiment_sum, positive_calls = excluded.positive_calls,
                    negative_calls = excluded.negative_calls, talk_ratio_calls = excluded.talk_ratio_calls,
                    talk_ratio_sum = excluded.talk_ratio_sum, duration_sum = excluded.duration_sum,
                    metrics_calls = excluded.metrics_calls, agent_questions = excluded.agent_questions,
                    refreshed_at = excluded.refreshed_at
                WHERE (r.calls, r.sentiment_calls, r.positive_calls, r.negative_calls, r.talk_ratio_calls,
                       r.duration_sum, r.metrics_calls, r.agent_questions)
                      IS DISTINCT FROM
                      (excluded.calls, excluded.sentiment_calls, excluded.positive_calls, excluded.negative_calls,
                       excluded.talk_ratio_calls, excluded.duration_sum, excluded.metrics_calls,
                       excluded.agent_questions)
                   -- float sums differ in their last bits with the order they were added in: not a change
                   OR abs(r.sentiment_sum - excluded.sentiment_sum) > 1e-9 * greatest(1, abs(r.sentiment_sum))
                   OR abs(r.talk_ratio_sum - excluded.talk_ratio_sum) > 1e-9 * greatest(1, r.talk_ratio_sum)""")
                .update();
    }

    private void insert(List<AgentDayTotals> totals) {
        insert("agent_daily_rollups", totals);
    }

    private void insert(String table, List<AgentDayTotals> totals) {
        template.batchUpdate("INSERT INTO " + table + """
                 (day, agent_id, calls, sentiment_calls, sentiment_sum, positive_calls, negative_calls,
                  talk_ratio_calls, talk_ratio_sum, duration_sum, metrics_calls, agent_questions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", totals, 1000, (PreparedStatement ps, AgentDayTotals t) -> {
            ps.setObject(1, t.day());
            ps.setString(2, t.agentId());
            ps.setInt(3, t.calls());
            ps.setInt(4, t.sentimentCalls());
            ps.setDouble(5, t.sentimentSum());
            ps.setInt(6, t.positiveCalls());
            ps.setInt(7, t.negativeCalls());
            ps.setInt(8, t.talkRatioCalls());
            ps.setDouble(9, t.talkRatioSum());
            ps.setLong(10, t.durationSum());
            ps.setInt(11, t.metricsCalls());
            ps.setLong(12, t.agentQuestions());
        });
    }

    /** Each agent's totals over the range. */
    Map<String, Totals> byAgent(DateRange range) {
        Map<String, Totals> agents = new HashMap<>();
        // only the bounds given, so that a range is an index range scan of the primary key
        String where = range.from() == null ? "true" : "day >= :from";
        where += range.to() == null ? "" : " AND day <= :to";
        JdbcClient.StatementSpec query = jdbc.sql("SELECT agent_id, " + SUMS + " FROM agent_daily_rollups WHERE "
                + where + " GROUP BY agent_id");
        if (range.from() != null) {
            query = query.param("from", range.from());
        }
        if (range.to() != null) {
            query = query.param("to", range.to());
        }
        query.query(rs -> {
            agents.put(rs.getString("agent_id"), totals(rs));
        });
        return agents;
    }

    /** One row per agent and ISO week with calls in the range. */
    record WeekRow(String agentId, LocalDate weekStart, Totals totals) {
    }

    List<WeekRow> byAgentAndWeek(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT agent_id, date_trunc('week', day)::date AS week_start, " + SUMS
                        + " FROM agent_daily_rollups WHERE day BETWEEN :from AND :to GROUP BY 1, 2")
                .param("from", from).param("to", to)
                .query((rs, row) -> new WeekRow(rs.getString("agent_id"), rs.getObject("week_start", LocalDate.class),
                        totals(rs)))
                .list();
    }

    boolean hasAgent(String agentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agent_daily_rollups WHERE agent_id = ?)").param(agentId)
                .query(Boolean.class).single();
    }

    private static Totals totals(ResultSet rs) throws SQLException {
        return new Totals(rs.getLong("calls"), rs.getLong("sentiment_calls"), rs.getDouble("sentiment_sum"),
                rs.getLong("positive_calls"), rs.getLong("negative_calls"), rs.getLong("talk_ratio_calls"),
                rs.getDouble("talk_ratio_sum"), rs.getLong("duration_sum"), rs.getLong("metrics_calls"),
                rs.getLong("agent_questions"));
    }
}
