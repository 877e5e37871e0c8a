package com.salescalls.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.RawHttp;
import com.salescalls.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests an attacker (or a broken client) sends, against the real Tomcat: each was answered with a 500, an
 * HTML page or Spring's default JSON before, and must now get an RFC 9457 problem with a 4xx status, with no
 * password in the log.
 */
@ServerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIntegrationTest {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    private RawHttp http;
    private String token;

    @BeforeEach
    void connect() {
        http = new RawHttp("127.0.0.1", port);
        token = api.adminToken();
    }

    @AfterEach
    void disconnect() {
        http.close();
    }

    private Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + token);
    }

    private RawHttp.Response post(String path, Map<String, String> headers, String body) {
        return http.send("POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A problem body with this status, in the RFC 9457 media type. */
    private JsonNode assertProblem(RawHttp.Response response, int... statuses) {
        assertThat(response.status()).as(response.text()).isIn(java.util.Arrays.stream(statuses).boxed().toList());
        assertThat(response.contentType()).as(response.text()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.text());
        assertThat(body.get("status").asInt()).isEqualTo(response.status());
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void aFormLoginWithABrokenPercentEscapeIs400AndThePasswordNeverReachesTheLog(CapturedOutput output) {
        assertProblem(post("/auth/login", FORM, "username=demo&password=50%off-Secret"), 400);
        assertProblem(post("/auth/login", FORM, "username=%zz&password=Other-Secret-9"), 400);
        assertProblem(post("/auth/login", FORM, "username=%FF%FE&password=Third-Secret-9"), 400);
        assertThat(output.getAll()).doesNotContain("50%off-Secret").doesNotContain("off-Secret")
                .doesNotContain("Other-Secret-9").doesNotContain("Third-Secret-9");
    }

    @Test
    void aNulInTheLoginUsernameIsRefusedWithoutReachingTheDatabase(CapturedOutput output) {
        assertProblem(post("/auth/login", FORM, "username=ad%00min&password=whatever-1"), 401, 422);
        assertProblem(post("/auth/login", Map.of("Content-Type", "application/json"),
                "{\"username\": \"ad\\u0000min\", \"password\": \"whatever-1\"}"), 401, 422);
        assertThat(output.getAll()).doesNotContain("0x00").doesNotContain("whatever-1");
    }

    @Test
    void aNulInAFullTextQueryIs422NamingTheParameter() {
        for (String path : List.of("/api/v1/calls?q=price%00list", "/api/v1/search?q=price%00list")) {
            JsonNode problem = assertProblem(http.get(path, bearer()), 422);
            assertThat(problem.get("detail").asString()).contains("q");
        }
    }

    @Test
    void invalidUtf8OrALoneSurrogateInAnyQueryParameterIsAProblem() {
        List<String> paths = List.of("/api/v1/calls?agent_id=", "/api/v1/calls?q=", "/api/v1/calls?from_date=",
                "/api/v1/search?q=", "/api/v1/search?mode=", "/api/v1/calls/CALL_1/recommendations?limit=",
                "/api/v1/analytics/agents?sort=", "/api/v1/analytics/agents/AGENT_1?to_date=",
                "/api/v1/admin/users?limit=", "/api/v1/calls/CALL_1?include=");
        for (String path : paths) {
            for (String bad : List.of("%FF", "%ED%A0%80", "ok%C3")) {
                JsonNode problem = assertProblem(http.get(path + bad, bearer()), 400, 422);
                assertThat(problem.get("detail").asString()).doesNotContain("Malformed");
            }
        }
        assertProblem(http.send("POST", "/api/v1/admin/calls/reanalyze?outdated_only=%ED%A0%80", bearer(),
                new byte[0]), 400, 422);
    }

    @Test
    void multipartWithoutABoundaryIsAnUnsupportedOrBadRequest() {
        Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data");
        assertProblem(post("/auth/login", multipart, "username=a&password=b"), 400, 415);
        assertProblem(post("/auth/register", multipart, "{}"), 400, 415);
        Map<String, String> withToken = new java.util.HashMap<>(bearer());
        withToken.putAll(multipart);
        assertProblem(post("/api/v1/calls", withToken, "{}"), 400, 415);
        assertProblem(http.send("PATCH", "/api/v1/admin/users/" + Api.ADMIN, withToken, "{}".getBytes()), 400, 415);
    }

    @Test
    void aWildcardContentTypeIs415() {
        Map<String, String> headers = new java.util.HashMap<>(bearer());
        headers.put("Content-Type", "*/*");
        assertProblem(http.send("PATCH", "/api/v1/admin/users/" + Api.ADMIN, headers,
                "{\"role\": \"admin\"}".getBytes()), 415);
        assertProblem(post("/auth/login", Map.of("Content-Type", "*/*"), "username=a&password=b"), 415);
    }

    @Test
    void aThousandFormParametersAreRefused() {
        StringBuilder body = new StringBuilder("username=demo&password=pass-word-1");
        for (int i = 0; i < 1_000; i++) {
            body.append("&p").append(i).append("=x");
        }
        assertProblem(post("/auth/login", FORM, body.toString()), 400, 413);
    }

    @Test
    void aDateBeyondAnyCalendarIs422OnTheTrend() {
        JsonNode problem = assertProblem(http.get("/api/v1/analytics/agents/AGENT_0001?to_date=%2B999999999-12-31",
                bearer()), 422);
        assertThat(problem.get("detail").asString()).contains("to_date");
        assertProblem(http.get("/api/v1/analytics/agents?to_date=%2B999999999-12-31", bearer()), 422);
    }

    @Test
    void theErrorPathItselfIsANotFoundProblem() {
        assertProblem(http.get("/error", Map.of()), 404);
    }

    @Test
    void requestLinesAndHeadersBeyondTomcatsLimitsAreProblems() {
        assertProblem(http.get("/api/v1/calls?q=" + "a".repeat(10_000), bearer()), 414);
        http.close();
        assertProblem(http.get("/", Map.of("X-Padding", "b".repeat(10_000))), 431);
    }

    @Test
    void encodedSeparatorsAndNulInPathsAreProblems() {
        for (String path : List.of("/api/v1/calls/a%2Fb", "/api/v1/calls/a%5Cb", "/api/v1/calls/a%00b",
                "/api/v1/calls/%FF")) {
            assertProblem(http.get(path, bearer()), 400, 404);
            http.close();
        }
    }

    @Test
    void firewallRejectionsAreProblems() {
        for (String path : List.of("/api/v1/calls/..%2F..%2Fetc", "/api/v1//calls", "/api/v1/calls;jsessionid=1",
                "/api/v1/calls/%2e%2e/admin/users")) {
            assertProblem(http.get(path, bearer()), 400);
            http.close();
        }
    }

    @Test
    void aLiveProducersBrokenMessagesAreAnsweredWithoutQuotingTheParser() throws Exception {
        java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.WebSocket socket = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(java.net.URI.create("ws://127.0.0.1:" + port + "/ws/calls/HOSTILE_LIVE_1/live"
                        + "?agent_id=AGENT_0001&customer_id=CUST_000001&token=" + token),
                        new java.net.http.WebSocket.Listener() {
                            @Override
                            public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                                    CharSequence data, boolean last) {
                                received.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        }).join();
        try {
            received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            for (String message : List.of("{not json", "{\"speaker\": [\"x\"], \"text\": \"hi\"}",
                    "{\"speaker\": \"Agent\", \"text\": \"hi\", \"start_ms\": \"soon\"}", "[1, 2]")) {
                socket.sendText(message, true).join();
                String answer = received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer).contains("invalid_json").doesNotContain("com.salescalls")
                        .doesNotContainIgnoringCase("jackson").doesNotContain("JsonReadFeature")
                        .doesNotContain("ProducerMessage");
            }
        } finally {
            socket.abort();
        }
    }

    @Test
    void answersCarrySecurityHeadersAndNoServerVersion() {
        RawHttp.Response calls = http.get("/api/v1/calls?limit=1", bearer());
        assertThat(calls.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(calls.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(calls.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(calls.header("Server")).isNull();
        RawHttp.Response docs = http.get("/swagger-ui/index.html", Map.of());
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        RawHttp.Response rejected = http.get("/api/v1/calls/a%2Fb", Map.of());
        assertThat(rejected.header("Server")).isNull();
        assertThat(rejected.text()).doesNotContain("Tomcat");
    }

    @Test
    void corsIsClosedWithoutConfiguredOrigins() {
        Map<String, String> preflight = Map.of("Origin", "https://evil.example", "Access-Control-Request-Method",
                "GET", "Access-Control-Request-Headers", "authorization");
        RawHttp.Response answer = http.send("OPTIONS", "/api/v1/calls", preflight, new byte[0]);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        Map<String, String> crossOrigin = new java.util.HashMap<>(bearer());
        crossOrigin.put("Origin", "https://evil.example");
        assertThat(http.get("/api/v1/calls?limit=1", crossOrigin).header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void actuatorEndpointsDoNotAnswerOrdinaryUsers() {
        String manager = api.tokenFor("hostile-manager", "hostile-password-1");
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/info")) {
            int status = http.get(path, Map.of("Authorization", "Bearer " + manager)).status();
            assertThat(status).as(path).isIn(403, 404);
            assertThat(http.get(path, Map.of()).status()).as(path).isIn(401, 404);
        }
    }

    @Test
    void aWebSocketFromAForeignOriginIsRefused() {
        java.util.concurrent.CompletableFuture<java.net.http.WebSocket> opening = java.net.http.HttpClient
                .newHttpClient().newWebSocketBuilder().header("Origin", "https://evil.example")
                .buildAsync(java.net.URI.create("ws://127.0.0.1:" + port + "/ws/sentiment/ANY_CALL?token=" + token),
                        new java.net.http.WebSocket.Listener() { });
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(opening::join);
        while (failure != null && !(failure instanceof java.net.http.WebSocketHandshakeException)) {
            failure = failure.getCause();
        }
        assertThat(failure).isNotNull();
        assertThat(((java.net.http.WebSocketHandshakeException) failure).getResponse().statusCode()).isEqualTo(403);
    }

    @Test
    void methodNotAllowedNotFoundAndNotAcceptableAreProblems() {
        assertProblem(http.send("TRACE", "/api/v1/calls", bearer(), new byte[0]), 405);
        http.close();
        assertProblem(http.send("DELETE", "/api/v1/calls", bearer(), new byte[0]), 405);
        assertProblem(http.get("/WEB-INF/web.xml", Map.of()), 404);
        Map<String, String> xml = new java.util.HashMap<>(bearer());
        xml.put("Accept", "application/xml");
        assertProblem(http.get("/api/v1/calls", xml), 406);
        assertProblem(http.get("/api/v1/analytics/agents", xml), 406); // a leaderboard kept rendered too
    }
}
