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
 * and PostgreSQL answers; a failed write or eviction is dropped. While the circuit is open Redis is not called
 * at all, so an outage costs nothing per request; when the circuit closes again every cache is cleared (see
 * {@link CacheConfiguration}), because evictions were lost while it was open.
 */
final class ResilientCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(ResilientCache.class);

    private final Cache redis;
    private final CircuitBreaker breaker;

    ResilientCache(Cache redis, CircuitBreaker breaker) {
        this.redis = redis;
        this.breaker = breaker;
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
        return guarded("read", () -> redis.get(key));
    }

    @Override
    public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
        return guarded("read", () -> redis.get(key, type));
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
        guarded("write", () -> {
            redis.put(key, value);
            return null;
        });
    }

    @Override
    public void evict(Object key) {
        guarded("eviction", () -> {
            redis.evict(key);
            return null;
        });
    }

    @Override
    public void clear() {
        guarded("clear", () -> {
            redis.clear();
            return null;
        });
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
