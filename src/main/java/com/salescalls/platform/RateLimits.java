package com.salescalls.platform;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets by key: in Redis (Bucket4j's Lettuce backend) when {@code REDIS_URL} is set, so every instance
 * draws on one budget, and in this instance's memory otherwise. When Redis does not answer, the bucket of this
 * instance's memory is used instead (and said so in the log): a limit still holds, per instance, rather than
 * failing the request or letting everything through.
 */
public final class RateLimits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final String PREFIX = "salescalls:limits:";
    private static final int MAX_LOCAL_BUCKETS = 200_000;

    private final @Nullable RedisClient client;
    private final Duration timeout;
    private @Nullable StatefulRedisConnection<String, byte[]> connection;
    private volatile @Nullable ProxyManager<String> redis;
    private long lastAttempt;
    private final Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(MAX_LOCAL_BUCKETS)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private volatile long lastWarning;

    private RateLimits(@Nullable RedisClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** The Redis buckets, connecting at first use (and again, at most every few seconds, while Redis is away). */
    private synchronized @Nullable ProxyManager<String> redis() {
        if (redis != null || client == null || System.nanoTime() - lastAttempt < Duration.ofSeconds(5).toNanos()
                && lastAttempt != 0) {
            return redis;
        }
        lastAttempt = System.nanoTime();
        try {
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            connection.setTimeout(timeout);
            redis = Bucket4jLettuce.casBasedBuilder(connection)
                    // a bucket is dropped from Redis once it would be full again anyway
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofSeconds(10)))
                    .requestTimeout(timeout)
                    .build();
        } catch (RuntimeException e) {
            warn(e);
        }
        return redis;
    }

    public static RateLimits inProcess() {
        return new RateLimits(null, Duration.ZERO);
    }

    static RateLimits redis(String redisUrl, Duration timeout) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(timeout);
        return new RateLimits(RedisClient.create(uri), timeout);
    }

    public boolean shared() {
        return client != null;
    }

    /** Takes {@code tokens} from the bucket of {@code key}, made with {@code configuration} if new. */
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration, long tokens) {
        return apply(key, configuration, bucket -> bucket.tryConsumeAndReturnRemaining(tokens));
    }

    /** Whether one token could be taken now, without taking it, and else how long until it could. */
    public EstimationProbe estimate(String key, BucketConfiguration configuration) {
        return apply(key, configuration, bucket -> bucket.estimateAbilityToConsume(1));
    }

    private <T> T apply(String key, BucketConfiguration configuration, Function<Bucket, T> operation) {
        ProxyManager<String> buckets = client == null ? null : redis != null ? redis : redis();
        if (buckets != null) {
            try {
                return operation.apply(buckets.builder().build(PREFIX + key, () -> configuration));
            } catch (RuntimeException e) {
                warn(e);
            }
        }
        return operation.apply(local.get(key, ignored -> {
            var builder = Bucket.builder();
            for (Bandwidth bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        }));
    }

    private void warn(RuntimeException e) {
        long now = System.nanoTime();
        if (now - lastWarning > Duration.ofMinutes(1).toNanos()) {
            lastWarning = now;
            log.warn("Shared rate limits: Redis does not answer ({}); limits hold per instance meanwhile", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        if (client != null) {
            client.shutdown();
        }
    }
}
