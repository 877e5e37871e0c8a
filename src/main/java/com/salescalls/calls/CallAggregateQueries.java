package com.salescalls.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The GROUP BY behind {@link CallAggregates}: one statement, whatever the number of agent-days. */
@Repository
class CallAggregateQueries {

    // The metrics jsonb is written by the analysis pipeline; calls analysed without metrics have it null.
    private static final String TOTALS = """
            SELECT c.agent_id, (c.start_time AT TIME ZONE 'UTC')::date AS day,
                   count(*) AS calls,
                   count(c.customer_sentiment_score) AS sentiment_calls,
                   coalesce(sum(c.customer_sentiment_score), 0) AS sentiment_sum,
                   count(*) FILTER (WHERE c.customer_sentiment_score >= %s) AS positive_calls,
                   count(*) FILTER (WHERE c.customer_sentiment_score <= %s) AS negative_calls,
                   count(c.agent_talk_ratio) AS talk_ratio_calls,
                   coalesce(sum(c.agent_talk_ratio), 0) AS talk_ratio_sum,
                   sum(c.duration_seconds) AS duration_sum,
                   count(c.metrics -> 'questions' ->> 'agent') AS metrics_calls,
                   coalesce(sum((c.metrics -> 'questions' ->> 'agent')::bigint), 0) AS agent_questions
            FROM calls c
            """.formatted(AgentDayTotals.POSITIVE_FROM, AgentDayTotals.NEGATIVE_UP_TO);

    private final JdbcClient jdbc;

    CallAggregateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgentDay> agentDaysOf(Collection<String> callIds) {
        return jdbc.sql("""
                        SELECT DISTINCT agent_id, (start_time AT TIME ZONE 'UTC')::date AS day
                        FROM calls WHERE call_id = ANY(?)""")
                .param(callIds.toArray(String[]::new))
                .query((rs, row) -> new AgentDay(rs.getString("agent_id"), rs.getObject("day", LocalDate.class)))
                .list();
    }

    List<AgentDayTotals> totalsOf(Collection<AgentDay> agentDays) {
        // Each (agent, day) becomes a range scan of calls_agent_start_idx.
        return jdbc.sql(TOTALS + """
                        JOIN unnest(?::varchar[], ?::date[]) AS d(agent_id, day)
                          ON c.agent_id = d.agent_id
                         AND c.start_time >= d.day::timestamp AT TIME ZONE 'UTC'
                         AND c.start_time < (d.day + 1)::timestamp AT TIME ZONE 'UTC'
                        WHERE c.analysis_status = 'analyzed'
                        GROUP BY 1, 2""")
                .param(agentDays.stream().map(AgentDay::agentId).toArray(String[]::new))
                .param(agentDays.stream().map(d -> d.day().toString()).toArray(String[]::new))
                .query((rs, row) -> totals(rs)).list();
    }

    List<AgentDayTotals> allTotals() {
        return jdbc.sql(TOTALS + " WHERE c.analysis_status = 'analyzed' GROUP BY 1, 2")
                .query((rs, row) -> totals(rs)).list();
    }

    private static AgentDayTotals totals(ResultSet rs) throws SQLException {
        return new AgentDayTotals(rs.getString("agent_id"), rs.getObject("day", LocalDate.class),
                rs.getInt("calls"), rs.getInt("sentiment_calls"), rs.getDouble("sentiment_sum"),
                rs.getInt("positive_calls"), rs.getInt("negative_calls"), rs.getInt("talk_ratio_calls"),
                rs.getDouble("talk_ratio_sum"), rs.getLong("duration_sum"), rs.getInt("metrics_calls"),
                rs.getLong("agent_questions"));
    }
}
