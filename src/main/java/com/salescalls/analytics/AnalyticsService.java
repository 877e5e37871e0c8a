package com.salescalls.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.identity.CurrentUser;
import com.salescalls.jobs.Job;
import com.salescalls.platform.InvalidParameters;

/** Agent analytics as each caller may see them: an agent user sees only its own agent. */
@Service
public class AnalyticsService {

    /** Weeks in a trend when the request gives no from_date. */
    static final int DEFAULT_TREND_WEEKS = 12;

    private final AnalyticsCalculator calculator;
    private final RollupRepository rollups;
    private final Recalculation recalculation;
    private final Scheduler scheduler;
    private final AnalyticsProperties properties;

    AnalyticsService(AnalyticsCalculator calculator, RollupRepository rollups, Recalculation recalculation,
            Scheduler scheduler, AnalyticsProperties properties) {
        this.calculator = calculator;
        this.rollups = rollups;
        this.recalculation = recalculation;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    public Leaderboard leaderboard(DateRange range, StandingOrder order, CurrentUser caller) {
        Leaderboard team = calculator.leaderboard(range);
        return new Leaderboard(range, team.agents().stream()
                .filter(standing -> caller.maySee(standing.agentId()))
                .sorted(order.comparator())
                .toList(), team.generatedAt());
    }

    /**
     * The agent's weekly trend. Without {@code to} the range ends today (UTC); without {@code from} it starts
     * {@value #DEFAULT_TREND_WEEKS} ISO weeks back, counting the week of {@code to}.
     */
    @Transactional(readOnly = true)
    public AgentTrend trend(String agentId, DateRange range, CurrentUser caller) {
        if (!caller.maySee(agentId) || !rollups.hasAgent(agentId)) {
            throw new AgentNotFound(agentId);
        }
        LocalDate to = range.to() != null ? range.to() : LocalDate.now(ZoneOffset.UTC);
        LocalDate from = range.from() != null ? range.from()
                : to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(DEFAULT_TREND_WEEKS - 1);
        if (from.isAfter(to)) {
            throw new InvalidParameters(range.from() != null ? "from_date" : "to_date",
                    "from_date " + from + " is after to_date " + to);
        }
        long weeks = ChronoUnit.WEEKS.between(from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) + 1;
        if (weeks > properties.maxTrendWeeks()) {
            throw new InvalidParameters("to_date", "the range spans " + weeks + " weeks; at most "
                    + properties.maxTrendWeeks() + " per request");
        }
        return calculator.trend(agentId, from, to);
    }

    /** Starts a full recalculation now; the caller follows it at {@code GET /api/v1/jobs/{id}}. */
    public Job recalculate(CurrentUser caller) {
        return recalculation.start(caller.username(), "Requested by " + caller.username(), scheduler);
    }
}
