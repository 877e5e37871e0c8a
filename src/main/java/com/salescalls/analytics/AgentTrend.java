package com.salescalls.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One agent's figures per ISO week (Monday to Sunday, UTC) over a range of days, beside the team's.
 *
 * @param weeks       every week that overlaps the range, oldest first, including weeks without calls
 * @param generatedAt when the figures were computed from the rollups
 */
public record AgentTrend(String agentId, LocalDate from, LocalDate to, List<Week> weeks, Instant generatedAt) {

    /**
     * One week, cut to the range at either end.
     *
     * @param week      the ISO week, e.g. {@code 2026-W27}
     * @param agent     the agent's figures, and percentile ranks among the agents with calls that week (all null
     *                  when the agent had none)
     * @param team      the figures of all the team's calls that week, as if one agent had made them
     * @param teamAgents how many agents had calls that week
     */
    public record Week(String week, LocalDate startDate, LocalDate endDate, AgentStanding agent, AgentFigures team,
                       int teamAgents) {
    }

}
