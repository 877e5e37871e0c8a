package com.salescalls.live;

import java.util.Comparator;
import java.util.List;

import com.salescalls.identity.CurrentUser;

/**
 * The live calls a user may watch, from every instance: an agent user's own agent's only, as with the calls
 * themselves.
 */
public class LiveCalls {

    private final LiveBus bus;

    LiveCalls(LiveBus bus) {
        this.bus = bus;
    }

    /** At most {@code limit} calls in progress, ordered by call id. */
    public List<LiveCallInProgress> inProgress(CurrentUser caller, int limit) {
        // an agent's calls can hide among others' in a bounded scan, so the scan is wider than the answer
        int scan = caller.seesAllAgents() ? limit : Math.max(limit, 1000);
        return bus.inProgress(scan).stream()
                .filter(call -> caller.maySee(call.agentId()))
                .sorted(Comparator.comparing(LiveCallInProgress::callId))
                .limit(limit)
                .toList();
    }
}
