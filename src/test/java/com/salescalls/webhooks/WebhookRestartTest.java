package com.salescalls.webhooks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.salescalls.SalesCallsApplication;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least once, across a crash, from several instances: the application runs as a child JVM, a receiver on a
 * local port holds the first deliveries without answering, and the child is killed (SIGKILL) with them in flight.
 * Two new instances then share the database. The receiver must end with one verified {@code call.analyzed} per
 * analysed call; an event may arrive twice only if it was in flight at the kill (same event id, so a receiver
 * drops the copy), and no event is sent by both new instances.
 */
class WebhookRestartTest {

    private static final int CALLS = 8;
    private static final String ADMIN = "hook-admin";
    private static final String PASSWORD = "hook-password-1";

    private final String databaseUrl = TestDatabase.libpqUrl("webhook_restart_");
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    // the children's output, for reading after a failure (target/ is the build's own directory)
    private final java.io.PrintWriter log = printWriter();

    private static java.io.PrintWriter printWriter() {
        try {
            return new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(
                    java.nio.file.Path.of("target", "webhook-restart-test.log")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyAnalysedCallIsDeliveredAfterAKillMidDeliveryAndTwoInstancesSendEachEventOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.hold(true);
            int port = freePort();
            int inFlight;
            Process first = start(port);
            try {
                String token = login(port);
                JsonNode webhook = post(port, token, "/api/v1/webhooks", "application/json", json.writeValueAsString(
                        Map.of("url", receiver.url("/ok"), "events", List.of("call.analyzed"))));
                receiver.secret(webhook.get("secret").asString());
                bulk(port, token);
                try {
                    WebhookIntegrationTest.waitFor(() -> receiver.hits.containsKey("/ok"), Duration.ofMinutes(5));
                } catch (AssertionError e) {
                    throw new AssertionError("no delivery arrived; " + state(), e);
                }
                Thread.sleep(500); // let the rest of the claimed batch reach the receiver too
                inFlight = receiver.hits.get("/ok").get();
                first.destroyForcibly(); // SIGKILL mid-delivery: claims are left as they were, answers never read
                first.waitFor(30, TimeUnit.SECONDS);
            } finally {
                first.destroyForcibly();
            }
            receiver.hold(false);
            assertThat(inFlight).as("deliveries in flight at the kill").isPositive();

            // both start at once: each waits for the other's start-up to finish on a busy machine otherwise
            Starting second = launch(freePort());
            Starting third = launch(freePort());
            try {
                second.await();
                third.await();
                try {
                    WebhookIntegrationTest.waitFor(() -> receiver.validDistinct("call.analyzed") == CALLS,
                            Duration.ofMinutes(5));
                } catch (AssertionError e) {
                    throw new AssertionError("not every call delivered after the restart; " + state(), e);
                }
                WebhookIntegrationTest.waitFor(() -> pendingDeliveries() == 0, Duration.ofMinutes(1));
            } finally {
                second.process().destroy();
                third.process().destroy();
                second.process().waitFor(60, TimeUnit.SECONDS);
                third.process().waitFor(60, TimeUnit.SECONDS);
            }

            assertThat(receiver.received).allMatch(WebhookReceiver.Received::validSignature);
            Set<String> calls = new HashSet<>();
            receiver.received.forEach(r -> calls.add(json.readTree(r.body()).get("data").get("call_id").asString()));
            assertThat(calls).hasSize(CALLS);
            Map<String, Long> copies = receiver.received.stream().collect(Collectors.groupingBy(
                    WebhookReceiver.Received::eventId, Collectors.counting()));
            assertThat(copies.values()).allMatch(n -> n <= 2);
            assertThat(receiver.received.size() - CALLS).as("duplicates, each one in flight at the kill")
                    .isLessThanOrEqualTo(inFlight);
            try (Connection db = connect(); Statement sql = db.createStatement()) {
                assertThat(single(sql, "SELECT count(*) FROM webhook_deliveries WHERE state = 'delivered'"))
                        .isEqualTo(CALLS);
                assertThat(single(sql, "SELECT count(*) FROM webhook_deliveries WHERE attempts > 1"))
                        .as("resent after the kill").isLessThanOrEqualTo(inFlight);
            }
        }
    }

    private String state() {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            return "calls analysed: " + single(sql, "SELECT count(*) FROM calls WHERE analysis_status = 'analyzed'")
                    + ", webhooks: " + single(sql, "SELECT count(*) FROM webhooks")
                    + ", deliveries: " + single(sql, "SELECT count(*) FROM webhook_deliveries")
                    + ", attempted: " + single(sql, "SELECT count(*) FROM webhook_deliveries WHERE attempts > 0");
        } catch (SQLException e) {
            return e.toString();
        }
    }

    private long pendingDeliveries() {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            return single(sql, "SELECT count(*) FROM webhook_deliveries WHERE state <> 'delivered'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A child JVM on its way up. */
    private record Starting(Process process, CountDownLatch started, List<String> output) {

        void await() throws InterruptedException {
            if (!started.await(6, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                synchronized (output) {
                    throw new AssertionError("application did not start:\n" + String.join("\n", output));
                }
            }
        }
    }

    private Process start(int port) throws Exception {
        Starting starting = launch(port);
        starting.await();
        return starting.process();
    }

    private Starting launch(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx640m",
                "-cp", System.getProperty("java.class.path"), SalesCallsApplication.class.getName(),
                "--server.port=" + port,
                "--management.server.port=0", // instances on one host must not share the operators' port
                "--app.platform.database-url=" + databaseUrl,
                "--app.identity.jwt-secret=webhook-test-secret-that-is-long-enough-0123456789",
                "--app.identity.admin-username=" + ADMIN,
                "--app.identity.admin-password=" + PASSWORD,
                "--app.generator.demo-calls=0",
                // each instance keeps its own copy of the vector index
                "--app.similarity.index-dir=" + System.getProperty("java.io.tmpdir") + "/webhook-restart-index-"
                        + ProcessHandle.current().pid() + "-" + port,
                "--app.calls.lease=5s",
                "--app.calls.poll-interval=200ms",
                "--app.calls.batch-size=2",
                "--app.webhooks.allow-private=true",
                "--app.webhooks.lease=5s",
                "--app.webhooks.timeout=4s",
                "--app.webhooks.poll-interval=200ms",
                "--app.webhooks.initial-backoff=500ms",
                "--app.webhooks.batch-size=4"))
                .redirectErrorStream(true).start();
        CountDownLatch started = new CountDownLatch(1);
        List<String> output = new ArrayList<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    log.println(port + " " + line);
                    log.flush();
                    if (line.contains("Started SalesCallsApplication")) {
                        started.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed; its output ends here
            }
        });
        return new Starting(child, started, output);
    }

    /** The admin is made by a runner after start-up: log in until it exists. */
    private String login(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, "/auth/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return json.readTree(response.body()).get("access_token").asString();
            }
            Thread.sleep(500);
        }
    }

    private JsonNode post(int port, String token, String path, String type, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", type).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }

    private void bulk(int port, String token) throws Exception {
        Function<GeneratedCall, String> line = call -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("call_id", call.callId());
            fields.put("agent_id", call.agentId());
            fields.put("customer_id", call.customerId());
            fields.put("language", call.language());
            fields.put("start_time", call.startTime().toString());
            fields.put("duration_seconds", call.durationSeconds());
            fields.put("transcript", call.transcript());
            return json.writeValueAsString(fields);
        };
        String body = new CallGenerator(11, Instant.parse("2026-06-01T00:00:00Z")).generate(CALLS, 1).stream()
                .map(line).collect(Collectors.joining("\n"));
        post(port, token, "/api/v1/calls/bulk", "application/x-ndjson", body);
    }

    private Connection connect() throws SQLException {
        URI libpq = URI.create(databaseUrl);
        return DriverManager.getConnection("jdbc:postgresql://" + libpq.getHost() + ":" + libpq.getPort()
                + libpq.getPath() + (libpq.getUserInfo() == null ? "" : "?user=" + libpq.getUserInfo()));
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
