package com.salescalls.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import com.salescalls.support.TestRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bus of an instance that starts while Redis is down, or slower than the command timeout: the instance
 * starts anyway, says the bus is not connected, and the bus subscribes once Redis answers.
 */
class RedisLiveBusStartTest {

    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    @Test
    void busStartedWhileRedisIsDownSubscribesOnceItComesUp() throws Exception {
        LateRedis late = closed(new LateRedis(redisPort()));
        Recorded received = new Recorded();
        RedisLiveBus bus = bus(late.port(), received);
        long start = System.nanoTime();
        bus.start();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(bus.state().detail()).startsWith("redis: connecting (");
        assertThat(bus.state().ready()).isFalse();

        late.open();
        RedisLiveBus other = bus(redisPort(), new Recorded());
        other.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> bus.state().equals(new LiveBus.State(true, "redis: subscribed")));
        other.publish(new LiveEvent("CALL_LATE_1", 1, "AGENT_1", false, "{}"));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.callIds().contains("CALL_LATE_1"));
    }

    @Test
    void busStartedWhileRedisIsSlowerThanTheCommandTimeoutSubscribesOnceItAnswers() throws Exception {
        LateRedis slow = closed(new LateRedis(redisPort()));
        slow.slowDown(Duration.ofMillis(1500));
        slow.open();
        Recorded received = new Recorded();
        RedisLiveBus bus = bus(slow.port(), received);
        long start = System.nanoTime();
        bus.start();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(bus.state().detail()).startsWith("redis: connecting (");
        assertThat(bus.state().ready()).isFalse();

        slow.slowDown(Duration.ZERO); // the machine calms down
        RedisLiveBus other = bus(redisPort(), new Recorded());
        other.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> bus.state().equals(new LiveBus.State(true, "redis: subscribed")));
        other.publish(new LiveEvent("CALL_SLOW_1", 1, "AGENT_1", false, "{}"));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.callIds().contains("CALL_SLOW_1"));
    }

    private <T extends AutoCloseable> T closed(T closeable) {
        closing.add(closeable);
        return closeable;
    }

    private static int redisPort() {
        return URI.create(TestRedis.url()).getPort();
    }

    /** As the platform's connection factory is configured: 500 ms commands, rejected while disconnected. */
    private RedisLiveBus bus(int port, Subscriptions subscriptions) throws Exception {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500))
                        .clientOptions(ClientOptions.builder()
                                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                                .build())
                        .build());
        connections.afterPropertiesSet();
        connections.start();
        closing.add(connections::destroy);
        RedisLiveBus bus = new RedisLiveBus(connections, subscriptions, "test:late:", 10, Duration.ofSeconds(30));
        closing.add(bus);
        return bus;
    }

    private static final class Recorded extends Subscriptions {

        private final List<String> callIds = new CopyOnWriteArrayList<>();

        @Override
        void deliver(LiveEvent event) {
            callIds.add(event.callId());
        }

        List<String> callIds() {
            return callIds;
        }
    }
}
