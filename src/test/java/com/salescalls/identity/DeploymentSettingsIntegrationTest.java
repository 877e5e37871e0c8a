package com.salescalls.identity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import com.salescalls.support.Api;
import com.salescalls.support.RawHttp;
import com.salescalls.support.ServerIntegrationTest;
import com.salescalls.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three deployment settings a reverse proxy and a browser front end need, as an operator sets them:
 * {@code HSTS_MAX_AGE}, {@code TRUSTED_PROXIES} (here the peer 127.0.0.2 is the proxy, 127.0.0.1 is not) and
 * {@code CORS_ORIGINS}. Over a real Tomcat, since the forwarded address is Tomcat's own valve.
 */
@ServerIntegrationTest
@TestPropertySource(properties = {
        "app.identity.hsts-max-age=365d",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2",
        "app.identity.allowed-origins=https://app.example, https://other-app.example",
        "app.identity.login-attempts=3",
})
@ContextConfiguration(initializers = DeploymentSettingsIntegrationTest.OwnDatabase.class)
class DeploymentSettingsIntegrationTest {

    private static final String PROXY = "127.0.0.2";
    private static final String NOT_A_PROXY = "127.0.0.1";

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    @Test
    void hstsIsSentWithTheConfiguredMaxAgeEvenOverThePlainHopFromTheProxy() {
        try (RawHttp http = new RawHttp("127.0.0.1", port)) {
            for (String path : new String[] {"/health", "/api/v1/calls?limit=1"}) {
                String hsts = http.get(path, Map.of()).header("Strict-Transport-Security");
                assertThat(hsts).as(path).isNotNull().contains("max-age=31536000").contains("includeSubDomains");
            }
        }
    }

    @Test
    void aForwardedAddressCountsOnlyWhenATrustedProxySentIt() {
        String user = "proxied-user";
        String password = "proxied-password-1";
        api.tokenFor(user, password);
        try (RawHttp proxy = new RawHttp("127.0.0.1", port, PROXY);
             RawHttp direct = new RawHttp("127.0.0.1", port, NOT_A_PROXY)) {
            // through the proxy: three wrong passwords lock this user out at the forwarded client only
            for (int i = 0; i < 3; i++) {
                assertThat(login(proxy, user, "wrong-" + i, "203.0.113.7").status()).isEqualTo(401);
            }
            assertThat(login(proxy, user, password, "203.0.113.7").status()).isEqualTo(429);
            assertThat(login(proxy, user, password, "203.0.113.8").status()).isEqualTo(200);

            // straight from a peer that is no proxy: a forged X-Forwarded-For per guess does not spread the
            // guesses over fresh buckets, they all count against the peer's own address
            String other = "direct-user";
            api.tokenFor(other, password);
            for (int i = 0; i < 3; i++) {
                assertThat(login(direct, other, "wrong-" + i, "198.51.100." + i).status()).isEqualTo(401);
            }
            assertThat(login(direct, other, password, "198.51.100.9").status()).isEqualTo(429);
            // while the proxy's client at yet another address still gets in
            assertThat(login(proxy, other, password, "203.0.113.10").status()).isEqualTo(200);
        }
    }

    @Test
    void theAuditLogRecordsTheForwardedClientOnlyFromATrustedProxy() {
        String admin = api.adminToken();
        try (RawHttp proxy = new RawHttp("127.0.0.1", port, PROXY);
             RawHttp direct = new RawHttp("127.0.0.1", port, NOT_A_PROXY)) {
            assertThat(createUser(proxy, admin, "audited-via-proxy", "203.0.113.20").status()).isEqualTo(201);
            assertThat(createUser(direct, admin, "audited-direct", "203.0.113.21").status()).isEqualTo(201);
        }
        Map<String, String> addresses = new HashMap<>();
        for (JsonNode entry : api.get("/api/v1/admin/audit?limit=100", admin).body().get("entries")) {
            if (entry.get("action").asString().equals("user.created")) {
                addresses.put(entry.get("client_address").asString(), entry.get("status").asString());
            }
        }
        assertThat(addresses).containsKeys("203.0.113.20", NOT_A_PROXY).doesNotContainKey("203.0.113.21");
    }

    @Test
    void aListedOriginGetsCorsHeadersAndAnyOtherOriginIsRefused() {
        String token = api.adminToken();
        try (RawHttp http = new RawHttp("127.0.0.1", port)) {
            RawHttp.Response preflight = preflight(http, "https://app.example");
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET").contains("PATCH");
            assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
            assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
            RawHttp.Response listed = http.get("/api/v1/calls?limit=1",
                    Map.of("Origin", "https://other-app.example", "Authorization", "Bearer " + token));
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo("https://other-app.example");
            assertThat(listed.header("Access-Control-Expose-Headers")).contains("Retry-After");

            for (String foreign : new String[] {"https://evil.example", "https://app.example.evil.example",
                    "http://app.example"}) {
                RawHttp.Response refused = preflight(http, foreign);
                assertRefused(refused, foreign);
                RawHttp.Response read = http.get("/api/v1/calls?limit=1",
                        Map.of("Origin", foreign, "Authorization", "Bearer " + token));
                assertRefused(read, foreign);
                assertThat(read.text()).as(foreign).doesNotContain("call_id");
            }
        }
    }

    private void assertRefused(RawHttp.Response response, String origin) {
        assertThat(response.status()).as(origin).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).as(origin).isNull();
        assertThat(response.contentType()).as(origin).startsWith("application/problem+json");
        assertThat(json.readTree(response.text()).get("detail").asString()).contains("CORS_ORIGINS");
    }

    private static RawHttp.Response preflight(RawHttp http, String origin) {
        return http.send("OPTIONS", "/api/v1/calls", Map.of("Origin", origin, "Access-Control-Request-Method",
                "GET", "Access-Control-Request-Headers", "authorization"), new byte[0]);
    }

    private static RawHttp.Response login(RawHttp http, String username, String password, String forwardedFor) {
        return http.send("POST", "/auth/login", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "X-Forwarded-For", forwardedFor), ("username=" + username + "&password=" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Response createUser(RawHttp http, String admin, String username, String forwardedFor) {
        byte[] body = json.writeValueAsBytes(Map.of("username", username, "email", username + "@example.com",
                "password", "audit-password-1", "role", "manager"));
        return http.send("POST", "/api/v1/admin/users", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + admin, "X-Forwarded-For", forwardedFor), body);
    }

    /** A database of its own: this context's settings differ from the shared server context's. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl("settings")).applyTo(context);
        }
    }
}
