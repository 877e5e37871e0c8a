package com.salescalls.platform;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** An instance whose Redis is not there yet starts, and hears the other instances once Redis answers. */
class ClusterMessagesTest {

    @Test
    void anInstanceStartedBeforeItsRedisSubscribesOnceRedisAnswers() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        LettuceConnectionFactory redisA = connect(port);
        LettuceConnectionFactory redisB = connect(port);
        ClusterMessages a = messages(redisA);
        ClusterMessages b = messages(redisB);
        CopyOnWriteArrayList<String> heardByA = new CopyOnWriteArrayList<>();
        a.subscribe("test:cluster", heardByA::add);
        Process server = null;
        try {
            assertThatCode(a::start).doesNotThrowAnyException(); // nothing listens on the port yet
            b.start();
            b.publish("test:cluster", "lost"); // at most once: nobody is subscribed, and it is logged, not thrown
            server = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> {
                b.publish("test:cluster", "hello");
                return heardByA.contains("hello");
            });
            assertThat(heardByA).doesNotContain("lost");
        } finally {
            a.stop();
            b.stop();
            a.destroy();
            b.destroy();
            redisA.destroy();
            redisB.destroy();
            if (server != null) {
                server.destroy();
            }
        }
    }

    private static LettuceConnectionFactory connect(int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static ClusterMessages messages(RedisConnectionFactory factory) {
        return new ClusterMessages(new StaticListableBeanFactory(Map.of("redis", factory))
                .getBeanProvider(RedisConnectionFactory.class));
    }
}
