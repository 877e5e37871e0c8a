package com.salescalls.platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;

/**
 * An in-process copy in front of a shared (Redis) cache, so that a hot entry is not fetched and deserialised from
 * Redis on every request. Each entry is kept for at most {@code ttl}; an eviction or a clear here is applied to the
 * shared cache and sent to the other instances ({@link ClusterMessages}), which drop their copies at once. A copy
 * is stored only if no eviction arrived while it was read, so a read racing an eviction cannot keep the old value;
 * a lost message (Redis away) leaves another instance's copy stale for at most {@code ttl}.
 */
final class NearCache implements Cache {

    private static final String CLEAR = "*";
    private static final String KEY = "k:";

    private final Cache shared;
    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> local;
    private final ClusterMessages messages;
    private final String channel;
    private final AtomicLong evictions = new AtomicLong();

    NearCache(Cache shared, Duration ttl, int maxEntries, ClusterMessages messages, String channelPrefix) {
        this.shared = shared;
        this.local = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
        this.messages = messages;
        this.channel = channelPrefix + shared.getName();
        messages.subscribe(channel, message -> {
            if (message.startsWith(KEY)) {
                evictLocal(message.substring(KEY.length()));
            } else {
                clearLocal();
            }
        });
    }

    @Override
    public String getName() {
        return shared.getName();
    }

    @Override
    public Object getNativeCache() {
        return shared.getNativeCache();
    }

    @Override
    public @Nullable ValueWrapper get(Object key) {
        Object near = local.getIfPresent(key);
        if (near != null) {
            return new SimpleValueWrapper(near);
        }
        long before = evictions.get();
        ValueWrapper found = shared.get(key);
        if (found != null && found.get() != null) {
            keep(key, found.get(), before);
        }
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
        ValueWrapper found = get(key);
        Object value = found == null ? null : found.get();
        if (value != null && type != null && !type.isInstance(value)) {
            throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]: " + value);
        }
        return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
        ValueWrapper hit = get(key);
        if (hit != null) {
            return (T) hit.get();
        }
        long before = evictions.get();
        T value = shared.get(key, valueLoader);
        if (value != null) {
            keep(key, value, before);
        }
        return value;
    }

    @Override
    public void put(Object key, @Nullable Object value) {
        long before = evictions.get();
        shared.put(key, value);
        if (value != null) {
            keep(key, value, before);
        }
    }

    private void keep(Object key, Object value, long evictionsBefore) {
        if (evictions.get() == evictionsBefore) {
            local.put(key, value);
            if (evictions.get() != evictionsBefore) {
                local.invalidate(key);
            }
        }
    }

    @Override
    public void evict(Object key) {
        evictLocal(key);
        shared.evict(key);
        publishEviction(key);
    }

    @Override
    public boolean evictIfPresent(Object key) {
        evictLocal(key);
        boolean present = shared.evictIfPresent(key);
        publishEviction(key);
        return present;
    }

    /** By its text for a key of text (the other instances hold the same); any other key clears their copies. */
    private void publishEviction(Object key) {
        messages.publish(channel, key instanceof String text ? KEY + text : CLEAR);
    }

    @Override
    public void clear() {
        clearLocal();
        shared.clear();
        messages.publish(channel, CLEAR);
    }

    @Override
    public boolean invalidate() {
        clearLocal();
        boolean any = shared.invalidate();
        messages.publish(channel, CLEAR);
        return any;
    }

    private void evictLocal(Object key) {
        evictions.incrementAndGet();
        local.invalidate(key);
    }

    private void clearLocal() {
        evictions.incrementAndGet();
        local.invalidateAll();
    }
}
