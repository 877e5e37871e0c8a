package com.salescalls.analytics;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.calls.AgentDay;
import com.salescalls.calls.AgentDayTotals;
import com.salescalls.calls.CallAggregates;

/**
 * Keeps the rollups equal to what the calls say. Both ways recompute whole agent-days from the calls rather than
 * adding deltas, so a re-analysed call or a repeated event cannot count twice; both hold the rollups lock, taken
 * before the calls are read, so the last writer always saw the newest calls.
 */
@Service
class RollupService {

    private final CallAggregates calls;
    private final RollupRepository rollups;
    private final AnalyticsProperties properties;

    RollupService(CallAggregates calls, RollupRepository rollups, AnalyticsProperties properties) {
        this.calls = calls;
        this.rollups = rollups;
        this.properties = properties;
    }

    /** The outcome of a full rebuild. */
    /** {@code changed}: agent-days whose rollup was missing, wrong or obsolete before the rebuild. */
    record Rebuilt(int agentDays, long calls, int changed) {
    }

    /**
     * Recomputes the agent-days of these calls. Runs after the analysis is committed, in a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refresh(List<String> callIds) {
        rollups.lock(properties.lockTimeout());
        List<AgentDay> agentDays = calls.agentDaysOf(callIds);
        rollups.replace(agentDays, calls.totalsOf(agentDays));
    }

    /** Rebuilds every rollup from the calls in one transaction: readers see the old rollups or the new ones. */
    @Transactional
    public Rebuilt rebuildAll() {
        rollups.lock(properties.lockTimeout());
        List<AgentDayTotals> totals = calls.allTotals();
        int changed = rollups.replaceAll(totals);
        return new Rebuilt(totals.size(), totals.stream().mapToLong(AgentDayTotals::calls).sum(), changed);
    }
}
