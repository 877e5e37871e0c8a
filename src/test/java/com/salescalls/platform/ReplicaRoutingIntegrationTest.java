package com.salescalls.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import com.salescalls.support.Api;
import com.salescalls.support.StreamingReplica;
import com.salescalls.support.TestIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a primary with a streaming replica: reads are served by the replica, and a client that has
 * just written reads its write even while the replica has not replayed it (replay paused).
 */
@ExtendWith(ReplicaRoutingIntegrationTest.StopServers.class)
@SpringBootTest(properties = {
        "app.generator.demo-calls=0",
        "app.analysis.workers=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        "app.operations.replica-check-interval=200ms",
        // a paused replica must stay "healthy" here, so that the reads that fall back are the misses
        "app.operations.replica-max-lag=10m",
        TestIndex.PROPERTY,
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = ReplicaRoutingIntegrationTest.Pair.class)
@DirtiesContext // the servers behind it stop with this class
class ReplicaRoutingIntegrationTest {

    // made when the context is (not when the class is loaded: test discovery may load a class it does not run)
    private static volatile StreamingReplica pair;

    static class Pair implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            pair = StreamingReplica.start();
            TestPropertyValues.of("app.platform.database-url=" + pair.primaryUrl(),
                    "app.operations.replica-urls=" + pair.replicaUrl()).applyTo(context);
        }
    }

    @Autowired
    Api api;

    /** Stops the servers after Spring closed this class's context (declared first, so its afterAll runs last). */
    static class StopServers implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext extension) {
            if (pair != null) {
                pair.close();
            }
        }
    }

    @Autowired
    MeterRegistry metrics;

    @Test
    void readsAreServedByTheReplicaAndHealthReportsIt() throws Exception {
        String token = api.adminToken();
        awaitReplicaHealthy();
        double before = reads("replica-1");
        assertThat(api.get("/api/v1/calls?limit=5", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/analytics/agents", token).status()).isEqualTo(200);
        assertThat(reads("replica-1")).isGreaterThan(before);
        Api.Response health = api.get("/health");
        assertThat(health.body().get("replicas").get(0).get("name").asString()).isEqualTo("replica-1");
        assertThat(health.body().get("replicas").get(0).get("lag_seconds").isNumber()).isTrue();
    }

    @Test
    void aWriteIsReadBackAtOnceWhileTheReplicaHasNotReplayedIt() throws Exception {
        String token = api.adminToken();
        awaitReplicaHealthy();
        execute("SELECT pg_wal_replay_pause()");
        try {
            String callId = "replica-ryw-" + System.nanoTime();
            Api.Response posted = api.postJson("/api/v1/calls", Map.of("call_id", callId, "agent_id", "AGENT_0001",
                    "customer_id", "CUST_000001", "start_time", "2026-03-01T09:30:00Z", "duration_seconds", 60,
                    "transcript", "Agent: Hello there.\nCustomer: Hi, tell me the price."), token);
            assertThat(posted.status()).isEqualTo(202);
            assertThat(api.get("/api/v1/calls/" + callId, token).status()).isEqualTo(200);

            Api.Response job = api.postJson("/api/v1/analytics/recalculate", "", token);
            assertThat(job.status()).isEqualTo(202);
            double primaryBefore = reads("primary");
            assertThat(api.get(job.header("Location"), token).status()).isEqualTo(200);
            assertThat(reads("primary")).as("the replica's miss was read again on the primary")
                    .isGreaterThan(primaryBefore);

            // the replica really is behind: a list read there does not have the call yet
            Api.Response list = api.get("/api/v1/calls?agent_id=AGENT_0001&limit=100", token);
            assertThat(list.body().get("calls").toString()).doesNotContain(callId);
        } finally {
            execute("SELECT pg_wal_replay_resume()");
        }
    }

    private double reads(String target) {
        return metrics.get("salescalls.database.reads").tag("target", target).counter().count();
    }

    private void awaitReplicaHealthy() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"healthy".equals(api.get("/health").body().get("replicas").get(0).get("status").asString())) {
            assertThat(Instant.now()).as("replica healthy").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(pair.replicaJdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
