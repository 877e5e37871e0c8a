package com.salescalls.analysis;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.salescalls.SalesCallsApplication;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durability promise: the application runs as a child JVM, takes a bulk ingest, is killed with SIGKILL while
 * it is analysing, and is started again. Every call the bulk request acknowledged must end analysed exactly once:
 * stored once, one analysis stored (analysis_count = 1), each with its own analyzed_seq, and no task left behind.
 */
class PipelineCrashTest {

    private static final int CALLS = 64;
    private static final String ADMIN = "crash-admin";
    private static final String PASSWORD = "crash-password-1";

    private final String databaseUrl = TestDatabase.libpqUrl("crash_");
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    // the instance's own data folder: without one it would take the checkout's ./data (the product's index)
    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCallEndsAnalysedExactlyOnceAfterAKillMidAnalysis() throws Exception {
        int port = freePort();
        Set<String> acknowledged;
        Process first = start(port);
        try {
            String token = login(port);
            JsonNode report = bulk(port, token);
            acknowledged = new HashSet<>();
            report.get("calls").forEach(call -> acknowledged.add(call.get("call_id").asString()));
            assertThat(acknowledged).hasSize(CALLS);

            long analysed = waitForAnalysed(count -> count >= 8, Duration.ofMinutes(2));
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no finished batch, claims left as they were
            first.waitFor(30, TimeUnit.SECONDS);
            assertThat(analysed).as("killed mid-analysis, not after it").isLessThan(CALLS);
        } finally {
            first.destroyForcibly();
        }

        Process second = start(port);
        try {
            waitForAnalysed(count -> count == CALLS, Duration.ofMinutes(3));
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        assertThat(dataDir.resolve("index")).as("the instance kept its vector index in its own data folder")
                .isDirectory();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            Set<String> stored = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT call_id, analysis_status, analysis_count FROM calls")) {
                while (rows.next()) {
                    assertThat(stored.add(rows.getString(1))).isTrue();
                    assertThat(rows.getString(2)).as(rows.getString(1)).isEqualTo("analyzed");
                    assertThat(rows.getInt(3)).as("analyses stored for %s", rows.getString(1)).isEqualTo(1);
                }
            }
            assertThat(stored).isEqualTo(acknowledged);
            assertThat(single(sql, "SELECT count(DISTINCT analyzed_seq) FROM calls")).isEqualTo(CALLS);
            assertThat(single(sql, "SELECT count(*) FROM analysis_tasks")).isZero();
        }
    }

    private Process start(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), SalesCallsApplication.class.getName(),
                "--server.port=" + port,
                "--management.server.port=0", // not the default 8081, which something else may hold
                "--app.platform.database-url=" + databaseUrl,
                "--app.platform.data-dir=" + dataDir,
                "--app.identity.jwt-secret=crash-test-secret-that-is-long-enough-0123456789",
                "--app.identity.admin-username=" + ADMIN,
                "--app.identity.admin-password=" + PASSWORD,
                "--app.generator.demo-calls=0",
                "--app.analysis.lease=5s",
                "--app.analysis.batch-size=4",
                "--app.analysis.poll-interval=200ms"))
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
                    if (line.contains("Started SalesCallsApplication")) {
                        started.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed; its output ends here
            }
        });
        if (!started.await(3, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            synchronized (output) {
                throw new AssertionError("application did not start:\n" + String.join("\n", output));
            }
        }
        // "Started" is logged before the start-up runners (the admin is made by one): wait for readiness
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (http.send(HttpRequest.newBuilder(uri(port, "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                throw new AssertionError("application not ready within 2 minutes");
            }
            Thread.sleep(100);
        }
        return child;
    }

    // the admin is made by a runner after "Started …" is logged: until then a login is refused
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

    private JsonNode bulk(int port, String token) throws Exception {
        String body = new CallGenerator(5, Instant.parse("2026-06-01T00:00:00Z")).generate(CALLS, 1).stream()
                .map(this::line).collect(Collectors.joining("\n"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, "/api/v1/calls/bulk"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    private String line(GeneratedCall call) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("call_id", call.callId());
        fields.put("agent_id", call.agentId());
        fields.put("customer_id", call.customerId());
        fields.put("language", call.language());
        fields.put("start_time", call.startTime().toString());
        fields.put("duration_seconds", call.durationSeconds());
        fields.put("transcript", call.transcript());
        return json.writeValueAsString(fields);
    }

    private long waitForAnalysed(java.util.function.LongPredicate done, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            while (true) {
                long analysed = single(sql, "SELECT count(*) FROM calls WHERE analysis_status = 'analyzed'");
                if (done.test(analysed)) {
                    return analysed;
                }
                assertThat(System.nanoTime()).as("analysed calls: %d", analysed).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
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
