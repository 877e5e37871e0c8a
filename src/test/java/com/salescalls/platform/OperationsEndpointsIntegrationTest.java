package com.salescalls.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.TestDatabase;
import com.salescalls.support.TestIndex;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes, request ids and Prometheus metrics over real HTTP: the public port and the management port apart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.generator.demo-calls=0",
        "app.analysis.workers=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        "server.shutdown=immediate",
        TestIndex.PROPERTY,
})
@ContextConfiguration(initializers = OperationsEndpointsIntegrationTest.Database.class)
class OperationsEndpointsIntegrationTest {

    static class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl()).applyTo(context);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;


    @Test
    void readinessSaysWhatIsReadyAndLivenessAnswers() throws Exception {
        HttpResponse<String> ready = get(port, "/health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"admin\"").contains("\"migrations\"")
                .contains("\"index\"").contains("\"cache\"").contains("\"documents\"");
        assertThat(get(port, "/health/live", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/health", null).body()).contains("\"status\":\"healthy\"");
    }

    @Test
    void everyResponseCarriesRequestIdAndInstance() throws Exception {
        HttpResponse<String> given = get(port, "/", "client-chosen-id-42");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("client-chosen-id-42");
        assertThat(given.headers().firstValue("X-Instance")).isPresent();
        HttpResponse<String> made = get(port, "/api/v1/calls", "not a token\tat all");
        assertThat(made.statusCode()).isEqualTo(401);
        assertThat(made.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    @Test
    void prometheusMetricsAreOnTheManagementPortOnly() throws Exception {
        String login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + Api.ADMIN + "&password=" + Api.ADMIN_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = login.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/calls/CALL_NOPE"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        get(port, "/health/ready", null); // reads the caches
        HttpResponse<String> metrics = get(managementPort, "/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{")
                .contains("status=\"404\",uri=\"/api/v1/calls/{call_id}\"")
                .contains("salescalls_index_documents").contains("salescalls_index_lag_calls")
                .contains("cache_gets_total{cache=\"calls\"").contains("salescalls_cache_circuit_state{")
                .contains("salescalls_live_connections").contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
        assertThat(get(port, "/metrics", null).statusCode()).isIn(401, 404);
    }

    private static HttpResponse<String> get(int port, String path, String requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
