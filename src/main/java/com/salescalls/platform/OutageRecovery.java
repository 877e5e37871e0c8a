package com.salescalls.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;

/**
 * Whether what Redis holds can be trusted. Once the circuit has opened, or an eviction has failed, evictions were
 * lost and any entry may be stale: the Redis caches are then treated as empty until all of them have been cleared,
 * which the first read after Redis answers again does (through the circuit breaker, so a Redis still away is not
 * waited for).
 */
final class OutageRecovery {

    private static final Logger log = LoggerFactory.getLogger(OutageRecovery.class);

    private final CircuitBreaker breaker;
    private final List<Cache> caches = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stale = new AtomicBoolean();

    OutageRecovery(CircuitBreaker breaker) {
        this.breaker = breaker;
        breaker.getEventPublisher().onStateTransition(event -> {
            log.warn("Redis cache circuit {}", event.getStateTransition());
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                stale.set(true);
            }
        });
    }

    void register(Cache redisCache) {
        caches.add(redisCache);
    }

    void evictionLost() {
        stale.set(true);
    }

    /** True when cached entries may be used; after an outage the first caller clears every cache first. */
    boolean fresh() {
        if (!stale.get()) {
            return true;
        }
        synchronized (this) {
            if (!stale.get()) {
                return true;
            }
            try {
                for (Cache cache : caches) {
                    breaker.executeRunnable(cache::invalidate);
                }
                stale.set(false);
                log.info("Redis caches cleared after an outage; caching again");
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
