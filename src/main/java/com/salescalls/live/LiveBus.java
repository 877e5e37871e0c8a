package com.salescalls.live;

import java.util.List;

/**
 * Where live calls are registered and their messages published, so that subscribers on every instance receive
 * them: Redis when {@code REDIS_URL} is set, this process otherwise. Delivery to the subscribers connected here is
 * {@link Subscriptions}' job; a bus hands every published event to it, this instance's own included.
 */
interface LiveBus {

    /** Makes this producer the call's only one; false when the call is live already (on any instance). */
    boolean claim(String callId, String agentId);

    /** Keeps a long, quiet call's claim and history from expiring. */
    void keepAlive(String callId);

    /** Appends the event to the call's history and delivers it to the call's subscribers everywhere. */
    void publish(LiveEvent event);

    /** The call's events so far, oldest first, for a subscriber who joins late. */
    List<LiveEvent> history(String callId);

    /** The call is over: the claim goes; the history stays one idle timeout for subscribers still joining. */
    void release(String callId);

    /** For readiness: {@code in-process}, or whether the Redis subscription holds (it is retried until it does). */
    State state();

    /**
     * @param ready  the bus has delivered since this instance started (in process, or subscribed to Redis once);
     *               a later loss of Redis does not make it unready again, see {@code LiveConfiguration}
     * @param detail what readiness shows
     */
    record State(boolean ready, String detail) {
    }

    /** The calls being streamed now, on any instance, at most {@code limit} of them, in no particular order. */
    List<LiveCallInProgress> inProgress(int limit);
}
