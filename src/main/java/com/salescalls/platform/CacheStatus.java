package com.salescalls.platform;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * What {@code /health} says about the cache: {@code in-process} without Redis, {@code connected} when Redis
 * answers, {@code degraded: ...} when it does not. A degraded cache is not unhealthy: reads go to PostgreSQL.
 * The health check's ping goes through the same circuit breaker as the cache, so it also probes an open circuit.
 */
public final class CacheStatus {

    private final @Nullable RedisConnectionFactory redis;
    private final @Nullable CircuitBreaker breaker;
    private volatile String lastFailure = "none yet";

    private CacheStatus(@Nullable RedisConnectionFactory redis, @Nullable CircuitBreaker breaker) {
        this.redis = redis;
        this.breaker = breaker;
        if (breaker != null) {
            breaker.getEventPublisher().onError(event -> lastFailure = event.getThrowable().toString());
        }
    }

    public static CacheStatus inProcess() {
        return new CacheStatus(null, null);
    }

    static CacheStatus redis(RedisConnectionFactory redis, CircuitBreaker breaker) {
        return new CacheStatus(redis, breaker);
    }

    public String describe() {
        if (redis == null || breaker == null) {
            return "in-process";
        }
        try {
            breaker.executeRunnable(() -> {
                try (RedisConnection connection = redis.getConnection()) {
                    connection.ping();
                }
            });
            return "connected";
        } catch (CallNotPermittedException open) {
            return "degraded: Redis circuit open after repeated failures (last: " + lastFailure
                    + "); reads are served from PostgreSQL";
        } catch (RuntimeException e) {
            return "degraded: Redis does not answer (" + e.getMessage() + "); reads are served from PostgreSQL";
        }
    }
}
