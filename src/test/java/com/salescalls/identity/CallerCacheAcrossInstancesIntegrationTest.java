package com.salescalls.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.salescalls.support.Api;
import com.salescalls.support.SecondInstance;
import com.salescalls.support.WebSocketIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL and one Redis: this test's context (A) and a second one (B) whose caller cache
 * keeps entries for ten minutes. A role change or disabling made through A reaches B's cached caller at once
 * (Redis pub/sub), not when the entry expires.
 */
@WebSocketIntegrationTest
class CallerCacheAcrossInstancesIntegrationTest {

    private static SecondInstance instanceB;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Api api;

    @BeforeAll
    static void startSecondInstance() {
        instanceB = SecondInstance.start(Map.of("app.identity.caller-cache.ttl", "10m"));
    }

    @AfterAll
    static void stopSecondInstance() {
        instanceB.close();
    }

    private static int onB(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instanceB.port() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aRoleChangeAndDisablingOnOneInstanceEndTheCachedCallerOnTheOther() throws Exception {
        String username = "xi-caller-" + System.nanoTime();
        String token = api.tokenFor(username, "caller-password-1"); // registered as a manager
        assertThat(onB("/api/v1/agents", token)).isEqualTo(200); // B now holds the manager in its cache
        assertThat(onB("/api/v1/agents", token)).isEqualTo(200);

        Api.Response demoted = api.patchJson("/api/v1/admin/users/" + username,
                Map.of("role", "agent", "agent_id", "AGENT_0777"), api.adminToken());
        assertThat(demoted.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> onB("/api/v1/agents", token) == 403);

        assertThat(api.patchJson("/api/v1/admin/users/" + username, Map.of("disabled", true), api.adminToken())
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> onB("/api/v1/calls?limit=1", token) == 401);
    }

    @Test
    void aLogoutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        String username = "xi-logout-" + System.nanoTime();
        String token = api.tokenFor(username, "caller-password-1");
        assertThat(onB("/api/v1/calls?limit=1", token)).isEqualTo(200);
        assertThat(api.postJson("/auth/logout", "", token).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> onB("/api/v1/calls?limit=1", token) == 401);
    }
}
