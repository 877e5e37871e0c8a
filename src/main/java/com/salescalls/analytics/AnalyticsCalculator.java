package com.salescalls.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.platform.CacheNames;

/**
 * Leaderboards and trends computed from the rollups, for the whole team and so the same for every caller: that is
 * what makes them cacheable. Callers' scopes and orders are applied by {@link AnalyticsService}.
 */
@Component
class AnalyticsCalculator {

    private final RollupRepository rollups;

    AnalyticsCalculator(RollupRepository rollups) {
        this.rollups = rollups;
    }

    @Cacheable(cacheNames = CacheNames.ANALYTICS, key = "'leaderboard:' + #range.from() + ':' + #range.to()")
    @Transactional(readOnly = true)
    public Leaderboard leaderboard(DateRange range) {
        return new Leaderboard(range, standings(rollups.byAgent(range)), Instant.now());
    }

    @Cacheable(cacheNames = CacheNames.ANALYTICS, key = "'trend:' + #agentId + ':' + #from + ':' + #to")
    @Transactional(readOnly = true)
    public AgentTrend trend(String agentId, LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, Totals>> weeks = new HashMap<>();
        for (RollupRepository.WeekRow row : rollups.byAgentAndWeek(from, to)) {
            weeks.computeIfAbsent(row.weekStart(), week -> new HashMap<>()).put(row.agentId(), row.totals());
        }
        List<AgentTrend.Week> trend = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            Map<String, Totals> agents = weeks.getOrDefault(monday, Map.of());
            AgentStanding agent = standings(agents).stream().filter(s -> s.agentId().equals(agentId)).findFirst()
                    .orElseGet(() -> absent(agentId));
            Totals team = agents.values().stream().reduce(Totals.NONE, Totals::plus);
            LocalDate sunday = monday.plusDays(6);
            trend.add(new AgentTrend.Week(isoWeek(monday), monday.isBefore(from) ? from : monday,
                    sunday.isAfter(to) ? to : sunday, agent, team.figures(), agents.size()));
        }
        return new AgentTrend(agentId, from, to, trend, Instant.now());
    }

    /** Every agent's figures and percentile ranks, by agent id. */
    static List<AgentStanding> standings(Map<String, Totals> agents) {
        Map<String, AgentFigures> figures = new HashMap<>();
        agents.forEach((agent, totals) -> figures.put(agent, totals.figures()));
        Map<String, Map<Figure, @Nullable Double>> ranks = PercentileRanks.of(figures);
        return figures.entrySet().stream()
                .map(entry -> new AgentStanding(entry.getKey(), entry.getValue(), ranks.get(entry.getKey())))
                .sorted(Comparator.comparing(AgentStanding::agentId))
                .toList();
    }

    private static AgentStanding absent(String agentId) {
        Map<Figure, @Nullable Double> ranks = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            ranks.put(figure, null);
        }
        return new AgentStanding(agentId, Totals.NONE.figures(), ranks);
    }

    static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
