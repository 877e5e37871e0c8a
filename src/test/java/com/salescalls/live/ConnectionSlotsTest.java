package com.salescalls.live;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.salescalls.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;

/** Live connection slots in a real Redis: one limit for all instances, and slots of a dead instance expire. */
class ConnectionSlotsTest {

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;

    @BeforeAll
    static void connect() {
        java.net.URI url = java.net.URI.create(TestRedis.url());
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(url.getHost(), url.getPort()));
        factory.afterPropertiesSet();
        factory.start();
        redis = new StringRedisTemplate(factory);
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Test
    void twoInstancesShareOneLimitAndAReleasedSlotIsFreeForEither() {
        String prefix = "test:" + System.nanoTime() + ":";
        ConnectionSlots a = new ConnectionSlots(redis, prefix, 3, Duration.ofMinutes(1));
        ConnectionSlots b = new ConnectionSlots(redis, prefix, 3, Duration.ofMinutes(1));
        assertThat(a.take(7, "a1")).isTrue();
        assertThat(b.take(7, "b1")).isTrue();
        assertThat(a.take(7, "a2")).isTrue();
        assertThat(b.hasRoom(7)).isFalse();
        assertThat(b.take(7, "b2")).isFalse();
        assertThat(a.take(8, "a-other-user")).isTrue();
        a.release(7, "a1");
        assertThat(b.take(7, "b2")).isTrue();
    }

    @Test
    void slotsOfAnInstanceThatStoppedRenewingExpire() throws InterruptedException {
        String prefix = "test:" + System.nanoTime() + ":";
        ConnectionSlots dead = new ConnectionSlots(redis, prefix, 2, Duration.ofSeconds(3));
        ConnectionSlots alive = new ConnectionSlots(redis, prefix, 2, Duration.ofMinutes(1));
        assertThat(dead.take(9, "d1")).isTrue();
        assertThat(dead.take(9, "d2")).isTrue();
        assertThat(alive.hasRoom(9)).isFalse();
        Thread.sleep(3500); // the dead instance never renews nor releases
        assertThat(alive.hasRoom(9)).isTrue();
        assertThat(alive.take(9, "a1")).isTrue();
    }

    @Test
    void withoutRedisEachInstanceCountsItsOwn() {
        ConnectionSlots local = new ConnectionSlots(null, "unused:", 1, Duration.ofMinutes(1));
        assertThat(local.take(1, "x")).isTrue();
        assertThat(local.take(1, "y")).isFalse();
        local.release(1, "x");
        assertThat(local.hasRoom(1)).isTrue();
    }
}
