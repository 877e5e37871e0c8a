package com.salescalls.platform;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * A Redis cache behind a circuit breaker. A failed or skipped Redis read is a miss, so the cached method runs
 * and PostgreSQL answers; a failed write is dropped. While the circuit is open Redis is not called at all, so an
 * outage costs nothing per request; after it (or after a failed eviction) nothing is read from Redis until
 * {@link OutageRecovery} has cleared the caches, since evictions were lost meanwhile.
 */
final class ResilientCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(ResilientCache.class);

    private final Cache redis;
    private final CircuitBreaker breaker;
    private final OutageRecovery recovery;

    ResilientCache(Cache redis, CircuitBreaker breaker, OutageRecovery recovery) {
        this.redis = redis;
        this.breaker = breaker;
        this.recovery = recovery;
        recovery.register(redis);
    }

    @Override
    public String getName() {
        return redis.getName();
    }

    @Override
    public Object getNativeCache() {
        return redis.getNativeCache();
    }

    @Override
    public @Nullable ValueWrapper get(Object key) {
        return recovery.fresh() ? guarded("read", () -> redis.get(key)) : null;
    }

    @Override
    public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
        return recovery.fresh() ? guarded("read", () -> redis.get(key, type)) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
        ValueWrapper hit = get(key);
        if (hit != null) {
            return (T) hit.get();
        }
        T value;
        try {
            value = valueLoader.call();
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
        if (value != null) {
            put(key, value);
        }
        return value;
    }

    @Override
    public void put(Object key, @Nullable Object value) {
        if (recovery.fresh()) {
            guarded("write", () -> {
                redis.put(key, value);
                return true;
            });
        }
    }

    // Redis' evict and clear may run asynchronously; evictIfPresent and invalidate are done when they return, so
    // an entry is gone before the change that made it stale is reported, and a failure is seen here.
    @Override
    public void evict(Object key) {
        invalidating("eviction", () -> {
            redis.evictIfPresent(key);
            return true;
        });
    }

    @Override
    public void clear() {
        invalidating("clear", () -> {
            redis.invalidate();
            return true;
        });
    }

    private void invalidating(String operation, Supplier<Boolean> call) {
        if (guarded(operation, call) == null) {
            recovery.evictionLost();
        }
    }

    private <T> @Nullable T guarded(String operation, Supplier<@Nullable T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            return null;
        } catch (SerializationException e) {
            log.warn("Cache {}: unreadable entry ignored ({})", getName(), e.getMessage());
            return null;
        } catch (RuntimeException e) {
            log.warn("Cache {}: Redis {} failed, served without the cache: {}", getName(), operation, e.toString());
            return null;
        }
    }
}
