package com.salescalls.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, but on a real server at a random port (WebSocket clients need one), with a Redis
 * of the test's own ({@link TestRedis}) and live limits small enough to reach in a test. All tests with this
 * annotation share one application context; {@link SecondInstance} starts another instance like it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.generator.demo-calls=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        TestIndex.PROPERTY,
        // open WebSocket sessions would hold a graceful shutdown for its whole timeout when the test JVM exits
        "server.shutdown=immediate",
        // generous: these machines are shared and loaded (commands took over 500 ms under load)
        "app.cache.redis-timeout=5s",
        "app.live.idle-timeout=3s",
        "app.live.ping-interval=1s",
        "app.live.messages-per-second=20",
        "app.live.message-burst=20",
        "app.live.max-connections-per-user=6",
        "app.live.max-utterances=40",
        "app.live.max-message-size=2KB",
        "app.live.send-buffer=64",
        // live alerts are delivered to a webhook receiver on 127.0.0.1 (LiveAlertWebhookIntegrationTest)
        "app.webhooks.allow-private=true",
        "app.webhooks.poll-interval=100ms",
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = WebSocketTestInitializer.class)
public @interface WebSocketIntegrationTest {
}
