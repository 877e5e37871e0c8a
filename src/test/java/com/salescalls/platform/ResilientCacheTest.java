package com.salescalls.platform;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis caches against a Redis that is not there: port 1 on loopback refuses every connection at once. */
class ResilientCacheTest {

    private final CacheProperties properties = new CacheProperties(Duration.ofMinutes(1), Duration.ofMinutes(1),
            Duration.ofMinutes(1), 100, Duration.ofMillis(200), Duration.ofMillis(200), 50, 3, Duration.ofMinutes(1),
            Duration.ZERO);
    private final LettuceConnectionFactory unreachable = new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", 1),
            LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(200)).build());

    @AfterEach
    void close() {
        unreachable.destroy();
    }

    @Test
    void readsMissWritesAreDroppedAndTheCircuitOpens() {
        unreachable.afterPropertiesSet();
        unreachable.start();
        CircuitBreaker breaker = new CacheConfiguration().redisCircuitBreaker(properties);
        List<Cache> caches = CacheConfiguration.redisCaches(unreachable, properties, breaker);
        assertThat(caches).extracting(Cache::getName)
                .containsExactly(CacheNames.ANALYTICS, CacheNames.CALLS, CacheNames.RECOMMENDATIONS);
        Cache analytics = caches.get(0);
        for (int i = 0; i < 3; i++) {
            analytics.put("key", new PercentileProbe(i));
            assertThat(analytics.get("key")).isNull();
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(analytics.get("key", () -> new PercentileProbe(7))).isEqualTo(new PercentileProbe(7));
        analytics.evict("key");
        analytics.clear();

        String status = CacheStatus.redis(unreachable, breaker).describe();
        assertThat(status).startsWith("degraded: Redis circuit open").contains("PostgreSQL");
    }

    @Test
    void healthSaysDegradedWhenRedisDoesNotAnswerAndInProcessWithoutRedis() {
        unreachable.afterPropertiesSet();
        unreachable.start();
        CircuitBreaker breaker = new CacheConfiguration().redisCircuitBreaker(properties);
        assertThat(CacheStatus.redis(unreachable, breaker).describe()).startsWith("degraded: Redis does not answer");
        assertThat(CacheStatus.inProcess().describe()).isEqualTo("in-process");
    }

    record PercentileProbe(int value) {
    }
}
