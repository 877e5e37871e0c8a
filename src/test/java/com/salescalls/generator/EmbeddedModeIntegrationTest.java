package com.salescalls.generator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.SalesCallsApplication;
import com.salescalls.calls.CallService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's default run: no DATABASE_URL, so an embedded PostgreSQL under DATA_DIR, demo calls at first
 * start, and a generated token key. A restart keeps calls, users and the key (so tokens stay valid), and does
 * not seed again; the generate command appends calls after the highest id.
 */
class EmbeddedModeIntegrationTest {

    private static final int DEMO_CALLS = 12;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SalesCallsApplication.class).run(
                "--server.port=0",
                "--management.server.port=0",
                "--app.platform.database-url=",
                "--app.platform.data-dir=" + dataDir,
                "--app.identity.jwt-secret=",
                "--app.generator.demo-calls=" + DEMO_CALLS,
                "--app.generator.seed=11");
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body().isEmpty() ? "{}" : response.body());
    }

    private URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    @Test
    void firstStartSeedsDemoDataAndRestartKeepsDataAndTokens() throws Exception {
        String token;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(CallService.class).count()).isEqualTo(DEMO_CALLS);
            send(HttpRequest.newBuilder(uri(first, "/auth/register")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"demo\",\"email\":\"demo@example.com\",\"password\":\"demo-pass-1\"}")));
            token = send(HttpRequest.newBuilder(uri(first, "/auth/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo-pass-1")))
                    .get("access_token").asString();
            JsonNode list = send(HttpRequest.newBuilder(uri(first, "/api/v1/calls?limit=5"))
                    .header("Authorization", "Bearer " + token));
            assertThat(list.get("total").asLong()).isEqualTo(DEMO_CALLS);
            assertThat(list.get("calls").get(0).get("call_id").asString()).matches("CALL_\\d{8}");
        }
        assertThat(Files.exists(dataDir.resolve("jwt-secret"))).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            CallService calls = second.getBean(CallService.class);
            assertThat(calls.count()).as("a restart neither loses nor re-seeds calls").isEqualTo(DEMO_CALLS);
            JsonNode me = send(HttpRequest.newBuilder(uri(second, "/auth/me"))
                    .header("Authorization", "Bearer " + token));
            assertThat(me.get("username").asString()).as("token from before the restart").isEqualTo("demo");

            second.getBean(DemoData.class).run(new DefaultApplicationArguments("--generate=5", "--seed=3"));
            assertThat(calls.count()).isEqualTo(DEMO_CALLS + 5);
            assertThat(calls.highestStandardCallNumber()).hasValue(DEMO_CALLS + 5);
        }
    }
}
