package com.salescalls.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.SecondInstance;
import com.salescalls.support.TestRedis;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance started while its Redis is not there yet, with the default 500 ms command timeout (the start that
 * used to fail on a loaded machine): it starts, is not ready while its live bus is connecting, and once Redis
 * answers the bus subscribes, the instance is ready and a subscriber on it follows a producer on the other one.
 */
@WebSocketIntegrationTest
class LateRedisIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int portA;

    @Autowired
    Api api;

    @Test
    void anInstanceStartedBeforeItsRedisJoinsTheLiveBusOnceRedisAnswers() throws Exception {
        try (LateRedis late = new LateRedis(URI.create(TestRedis.url()).getPort());
             SecondInstance instanceB = SecondInstance.start(Map.of(
                     "app.platform.redis-url", "redis://127.0.0.1:" + late.port(),
                     "app.cache.redis-timeout", "500ms"))) {
            JsonNode notReady = ready(instanceB.port(), 503);
            assertThat(notReady.path("components").path("live").path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(liveBus(notReady)).startsWith("redis: connecting (");

            late.open();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> liveBus(ready(instanceB.port(), 200)).equals("redis: subscribed"));

            String token = api.adminToken();
            try (LiveClient subscriber = LiveClient.connect("ws://127.0.0.1:" + instanceB.port()
                    + "/ws/sentiment/LATE_REDIS_1?token=" + token)) {
                assertThat(subscriber.next().get("type").asString()).isEqualTo("waiting");
                try (LiveClient producer = LiveClient.connect("ws://127.0.0.1:" + portA
                        + "/ws/calls/LATE_REDIS_1/live?agent_id=AGENT_0100&customer_id=CUST_000100&token=" + token)) {
                    producer.send("{\"speaker\": \"Agent\", \"text\": \"Hello, thanks for waiting.\"}");
                    producer.send("{\"type\": \"end\"}");
                    producer.until(LiveClient.type("summary"));
                    List<JsonNode> seen = subscriber.until(LiveClient.type("summary"));
                    assertThat(seen).extracting(m -> m.get("type").asString())
                            .containsExactly("started", "utterance", "summary");
                }
            }
        }
    }

    private static String liveBus(JsonNode ready) {
        return ready.path("components").path("live").path("details").path("bus").asString();
    }

    private static JsonNode ready(int port, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
