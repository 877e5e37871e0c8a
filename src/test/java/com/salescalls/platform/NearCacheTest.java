package com.salescalls.platform;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cache.Cache;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.salescalls.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances' near caches over one Redis (a database of this test's own): a copy spares the Redis read, and an
 * eviction or a clear on one instance removes the other's copy at once (pub/sub), long before its ten-minute TTL.
 */
class NearCacheTest {

    private final CacheProperties properties = new CacheProperties(Duration.ofMinutes(10), Duration.ofMinutes(10),
            Duration.ofMinutes(10), 100, Duration.ofSeconds(5), Duration.ofSeconds(2), 50, 3, Duration.ofSeconds(1),
            Duration.ofMinutes(10));
    private final LettuceConnectionFactory redisA = connect();
    private final LettuceConnectionFactory redisB = connect();
    private final ClusterMessages messagesA = messages(redisA);
    private final ClusterMessages messagesB = messages(redisB);
    private final String prefix = "test:" + ProcessHandle.current().pid() + ":near:" + System.nanoTime() + ":";

    private static LettuceConnectionFactory connect() {
        URI url = URI.create(TestRedis.url());
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(url.getHost(), url.getPort());
        server.setDatabase(2); // not the database of the integration tests' application, nor of RedisCachesTest
        LettuceConnectionFactory factory = new LettuceConnectionFactory(server);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static ClusterMessages messages(RedisConnectionFactory factory) {
        ClusterMessages messages = new ClusterMessages(new StaticListableBeanFactory(Map.of("redis", factory))
                .getBeanProvider(RedisConnectionFactory.class));
        messages.start(); // as the application context does; later subscriptions join the running container
        return messages;
    }

    private Cache callsOf(RedisConnectionFactory factory, ClusterMessages messages) {
        CacheConfiguration configuration = new CacheConfiguration();
        List<Cache> shared = CacheConfiguration.redisCaches(factory, properties,
                configuration.redisCircuitBreaker(properties));
        return new NearCache(shared.get(1), properties.nearTtl(), 100, messages, prefix);
    }

    @AfterEach
    void close() throws Exception {
        messagesA.destroy();
        messagesB.destroy();
        redisA.destroy();
        redisB.destroy();
    }

    @Test
    void aCopySparesRedisAndAnEvictionOrClearOnOneInstanceEndsTheOthersCopyAtOnce() {
        Cache onA = callsOf(redisA, messagesA);
        Cache onB = callsOf(redisB, messagesB);
        String key = "NEAR_" + System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> warmedUp(onA, onB));

        onA.put(key, new RedisCachesTest.Probe("first", 1));
        assertThat(onB.get(key).get()).isEqualTo(new RedisCachesTest.Probe("first", 1));
        deleteInRedis(key);
        assertThat(onB.get(key).get()).as("B's own copy").isEqualTo(new RedisCachesTest.Probe("first", 1));

        onA.evict(key);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).until(() -> onB.get(key) == null);

        onA.put(key, new RedisCachesTest.Probe("second", 2));
        assertThat(onB.get(key).get()).isEqualTo(new RedisCachesTest.Probe("second", 2));
        onA.clear();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).until(() -> onB.get(key) == null);
        assertThat(onA.get(key)).isNull();
    }

    /**
     * Whether a probe's eviction on A reached B's own copy of it. Until then the subscriptions may still be being
     * made (in the background), or a slow first connection on a loaded machine may have opened B's circuit (B's
     * first read after it clears the caches). A's messages arrive in the order they were sent, so once this one
     * has arrived no earlier eviction is still on its way to disturb what follows.
     */
    private boolean warmedUp(Cache onA, Cache onB) throws InterruptedException {
        String probe = "PROBE_" + System.nanoTime();
        onA.put(probe, new RedisCachesTest.Probe("probe", 0));
        if (onB.get(probe) == null) {
            return false;
        }
        deleteInRedis(probe);
        if (onB.get(probe) == null) {
            return false; // B kept no copy: an earlier eviction arrived while it read
        }
        onA.evict(probe);
        for (int i = 0; i < 100; i++) {
            if (onB.get(probe) == null) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private void deleteInRedis(String key) {
        new StringRedisTemplate(redisA).delete("salescalls:cache:calls::" + key);
    }
}
