package com.salescalls.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * How many live connections each user has open, against {@code LIVE_MAX_CONNECTIONS_PER_USER}. With Redis, one
 * sorted set per user holds every instance's connections, each scored by when it expires unless renewed (the
 * sweeper renews the open ones), so the limit holds across instances and the connections of an instance that
 * died free their slots by themselves; taking a slot is one atomic script. Without Redis, or while it does not
 * answer, this instance counts its own.
 */
class ConnectionSlots {

    private static final Logger log = LoggerFactory.getLogger(ConnectionSlots.class);

    // KEYS[1] the user's set; ARGV: now ms, expiry ms, limit, member, key ttl ms
    private static final RedisScript<Long> TAKE = RedisScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 1""", Long.class);
    private static final RedisScript<Long> COUNT = RedisScript.of("""
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            return redis.call('ZCARD', KEYS[1])""", Long.class);

    private final @Nullable StringRedisTemplate redis;
    private final String prefix;
    private final int limit;
    private final Duration lease;
    private final ConcurrentHashMap<Long, AtomicInteger> local = new ConcurrentHashMap<>();

    ConnectionSlots(@Nullable StringRedisTemplate redis, String prefix, int limit, Duration lease) {
        this.redis = redis;
        this.prefix = prefix + "connections:";
        this.limit = limit;
        this.lease = lease;
    }

    boolean hasRoom(long userId) {
        if (redis != null) {
            try {
                Long open = redis.execute(COUNT, List.of(prefix + userId), now());
                return open == null || open < limit;
            } catch (RuntimeException e) {
                log.warn("Live connection count in Redis unavailable ({}); counting this instance's", e.toString());
            }
        }
        AtomicInteger open = local.get(userId);
        return open == null || open.get() < limit;
    }

    /** Takes a slot for this connection ({@code member}); false when the user has none left. */
    boolean take(long userId, String member) {
        if (redis != null) {
            try {
                long now = System.currentTimeMillis();
                Long taken = redis.execute(TAKE, List.of(prefix + userId), String.valueOf(now),
                        String.valueOf(now + lease.toMillis()), String.valueOf(limit), member,
                        String.valueOf(lease.toMillis() * 2));
                if (taken == null || taken == 0) {
                    return false;
                }
            } catch (RuntimeException e) {
                log.warn("Live connection count in Redis unavailable ({}); counting this instance's", e.toString());
            }
        }
        AtomicInteger open = local.computeIfAbsent(userId, id -> new AtomicInteger());
        if (open.incrementAndGet() > limit) {
            open.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Keeps an open connection's slot from expiring. */
    void renew(long userId, String member) {
        if (redis != null) {
            try {
                redis.opsForZSet().add(prefix + userId, member, System.currentTimeMillis() + lease.toMillis());
                redis.expire(prefix + userId, lease.multipliedBy(2));
            } catch (RuntimeException ignored) {
                // renewed at the next sweep; counted locally meanwhile
            }
        }
    }

    void release(long userId, String member) {
        if (redis != null) {
            try {
                redis.opsForZSet().remove(prefix + userId, member);
            } catch (RuntimeException ignored) {
                // the slot expires by itself after its lease
            }
        }
        local.computeIfPresent(userId, (id, open) -> open.decrementAndGet() <= 0 ? null : open);
    }

    private static String now() {
        return String.valueOf(System.currentTimeMillis());
    }
}
