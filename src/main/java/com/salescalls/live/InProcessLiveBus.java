package com.salescalls.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bus of a single instance (no {@code REDIS_URL}): claims and histories in memory. */
final class InProcessLiveBus implements LiveBus {

    private final Subscriptions subscriptions;
    private final int historyLimit;
    private final long keepNanos;
    private final Map<String, String> claims = new ConcurrentHashMap<>();
    private final Map<String, History> histories = new ConcurrentHashMap<>();

    private static final class History {
        private final List<LiveEvent> events = new ArrayList<>();
        private long expiresAtNanos = Long.MAX_VALUE;
    }

    InProcessLiveBus(Subscriptions subscriptions, int historyLimit, Duration keep) {
        this.subscriptions = subscriptions;
        this.historyLimit = historyLimit;
        this.keepNanos = keep.toNanos();
    }

    @Override
    public State state() {
        return new State(true, "in-process");
    }

    @Override
    public boolean claim(String callId, String agentId) {
        long now = System.nanoTime();
        histories.values().removeIf(history -> history.expiresAtNanos - now < 0);
        if (claims.putIfAbsent(callId, agentId) != null) {
            return false;
        }
        histories.put(callId, new History());
        return true;
    }

    @Override
    public void keepAlive(String callId) {
        // nothing expires while the call is claimed
    }

    @Override
    public void publish(LiveEvent event) {
        History history = histories.get(event.callId());
        if (history != null) {
            synchronized (history) {
                history.events.add(event);
                if (history.events.size() > historyLimit) {
                    history.events.removeFirst();
                }
            }
        }
        subscriptions.deliver(event);
    }

    @Override
    public List<LiveEvent> history(String callId) {
        History history = histories.get(callId);
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return List.copyOf(history.events);
        }
    }

    @Override
    public void release(String callId) {
        History history = histories.get(callId);
        if (history != null) {
            synchronized (history) {
                history.expiresAtNanos = System.nanoTime() + keepNanos;
            }
        }
        claims.remove(callId);
    }

    @Override
    public List<LiveCallInProgress> inProgress(int limit) {
        return claims.entrySet().stream().limit(limit)
                .map(claim -> new LiveCallInProgress(claim.getKey(), claim.getValue())).toList();
    }
}
