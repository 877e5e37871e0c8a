package com.salescalls.platform;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import com.salescalls.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis caches against a real redis-server of this test JVM. */
class RedisCachesTest {

    private final CacheProperties properties = new CacheProperties(Duration.ofMinutes(1), Duration.ofMinutes(1),
            Duration.ofMinutes(1), 100, Duration.ofSeconds(5), Duration.ofSeconds(2), 50, 3, Duration.ofSeconds(1),
            Duration.ZERO);
    private final LettuceConnectionFactory redis = connect();

    private static LettuceConnectionFactory connect() {
        URI url = URI.create(TestRedis.url());
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(url.getHost(), url.getPort());
        server.setDatabase(1); // not the database the integration tests' application uses
        LettuceConnectionFactory factory = new LettuceConnectionFactory(server);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    @AfterEach
    void close() {
        redis.destroy();
    }

    @Test
    void valuesRoundTripAndClearRemovesEveryEntryOfThatCacheOnly() {
        CircuitBreaker breaker = new CacheConfiguration().redisCircuitBreaker(properties);
        List<Cache> caches = CacheConfiguration.redisCaches(redis, properties, breaker);
        Cache analytics = caches.get(0);
        Cache calls = caches.get(1);
        analytics.put("leaderboard:null:null", new Probe("a", 1));
        analytics.put("trend:AGENT_1:2026-06-01:2026-06-30", new Probe("b", 2));
        calls.put("CALL_1", new Probe("c", 3));
        assertThat(analytics.get("leaderboard:null:null").get()).isEqualTo(new Probe("a", 1));

        analytics.clear();
        assertThat(analytics.get("leaderboard:null:null")).isNull();
        assertThat(analytics.get("trend:AGENT_1:2026-06-01:2026-06-30")).isNull();
        assertThat(calls.get("CALL_1").get()).isEqualTo(new Probe("c", 3));
        calls.evict("CALL_1");
        assertThat(calls.get("CALL_1")).isNull();
    }

    record Probe(String name, int value) {
    }
}
