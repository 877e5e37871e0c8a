package com.salescalls.calls;

import java.util.Collection;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per agent per day sums over the analysed calls, for modules that keep their own aggregates (analytics rollups)
 * without reading the calls table. Calls count once their analysis is stored ({@code analysis_status = analyzed});
 * days are UTC calendar days of the call's start time.
 */
@NamedInterface("aggregates")
@Service
public class CallAggregates {

    private final CallAggregateQueries queries;

    CallAggregates(CallAggregateQueries queries) {
        this.queries = queries;
    }

    /** The agent-days that these calls fall on (unknown ids are ignored). */
    @Transactional(readOnly = true)
    public List<AgentDay> agentDaysOf(Collection<String> callIds) {
        return callIds.isEmpty() ? List.of() : queries.agentDaysOf(callIds);
    }

    /** The totals of these agent-days; an agent-day without analysed calls has no row. */
    @Transactional(readOnly = true)
    public List<AgentDayTotals> totalsOf(Collection<AgentDay> agentDays) {
        return agentDays.isEmpty() ? List.of() : queries.totalsOf(agentDays);
    }

    /** The totals of every agent-day that has analysed calls: one pass over the calls table. */
    @Transactional(readOnly = true)
    public List<AgentDayTotals> allTotals() {
        return queries.allTotals();
    }
}
