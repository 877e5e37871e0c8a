package com.salescalls.platform;

import java.util.concurrent.Callable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;

/**
 * Counts the reads of a cache as hits and misses ({@code cache_gets_total{cache, result}}, the series Micrometer's
 * own cache binders write), whichever backend holds it: Boot binds only caches it knows, and ours are wrapped.
 */
final class MeteredCache implements Cache {

    private final Cache cache;
    private final Counter hits;
    private final Counter misses;

    MeteredCache(Cache cache, MeterRegistry registry) {
        this.cache = cache;
        this.hits = counter(registry, cache.getName(), "hit");
        this.misses = counter(registry, cache.getName(), "miss");
    }

    private static Counter counter(MeterRegistry registry, String name, String result) {
        return Counter.builder("cache.gets").tag("cache", name).tag("result", result)
                .description("cache reads by result").register(registry);
    }

    @Override
    public String getName() {
        return cache.getName();
    }

    @Override
    public Object getNativeCache() {
        return cache.getNativeCache();
    }

    @Override
    public @Nullable ValueWrapper get(Object key) {
        return counted(cache.get(key));
    }

    @Override
    public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
        return counted(cache.get(key, type));
    }

    @Override
    public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
        boolean[] loaded = {false};
        T value = cache.get(key, () -> {
            loaded[0] = true;
            return valueLoader.call();
        });
        (loaded[0] ? misses : hits).increment();
        return value;
    }

    private <T> @Nullable T counted(@Nullable T value) {
        (value == null ? misses : hits).increment();
        return value;
    }

    @Override
    public void put(Object key, @Nullable Object value) {
        cache.put(key, value);
    }

    @Override
    public void evict(Object key) {
        cache.evict(key);
    }

    @Override
    public boolean evictIfPresent(Object key) {
        return cache.evictIfPresent(key);
    }

    @Override
    public void clear() {
        cache.clear();
    }

    @Override
    public boolean invalidate() {
        return cache.invalidate();
    }
}
