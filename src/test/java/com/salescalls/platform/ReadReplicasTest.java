package com.salescalls.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.salescalls.support.StreamingReplica;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, lag and choice of read replicas against a real primary and its streaming replica. */
class ReadReplicasTest {

    private static StreamingReplica pair;
    private static DataSource primary;
    private static ReadReplicas replicas;

    @BeforeAll
    static void start() {
        pair = StreamingReplica.get();
        primary = new DriverManagerDataSource(pair.primaryJdbcUrl());
        replicas = new ReadReplicas(primary, List.of(pair.replicaUrl()), Duration.ofSeconds(1), Duration.ofMillis(100));
    }

    @AfterAll
    static void stop() {
        replicas.close();
    }

    @Test
    void readsGoToTheReplicaWhileItKeepsUpAndToThePrimaryWhileItLags() throws Exception {
        await("replica healthy", ReadReplicasTest::healthy);
        assertThat(readsFromReplica()).isTrue();

        execute(pair.replicaJdbcUrl(), "SELECT pg_wal_replay_pause()");
        try {
            execute(pair.primaryJdbcUrl(), "CREATE TABLE IF NOT EXISTS lag_probe (n int); INSERT INTO lag_probe VALUES (1)");
            await("replica skipped as lagging", () -> !healthy()
                    && replicas.describe().getFirst().get("detail").toString().startsWith("lagging"));
            assertThat((Double) replicas.describe().getFirst().get("lag_seconds")).isGreaterThan(1.0);
            assertThat(readsFromReplica()).isFalse();
        } finally {
            execute(pair.replicaJdbcUrl(), "SELECT pg_wal_replay_resume()");
        }
        await("replica caught up", ReadReplicasTest::healthy);
        assertThat(readsFromReplica()).isTrue();
    }

    @Test
    void aReplicaThatStopsIsSkippedAndTakenBackWhenItReturns() throws Exception {
        await("replica healthy", ReadReplicasTest::healthy);
        pair.stopReplica();
        try {
            // connections pooled before the stop fail once each; the check then skips the replica
            await("reads fall back to the primary", () -> {
                try {
                    return !readsFromReplica();
                } catch (SQLException brokenPooledConnection) {
                    return false;
                }
            });
            await("replica reported down", () -> replicas.describe().getFirst().get("detail").toString()
                    .startsWith("down"));
        } finally {
            pair.startReplica();
        }
        await("replica healthy again", ReadReplicasTest::healthy);
        assertThat(readsFromReplica()).isTrue();
    }

    @Test
    void aServerThatIsNotInRecoveryIsNeverReadFrom() throws Exception {
        try (ReadReplicas wrong = new ReadReplicas(primary, List.of(pair.primaryJdbcUrl()), Duration.ofSeconds(5),
                Duration.ofMillis(100))) {
            await("primary refused as a replica", () -> wrong.describe().getFirst().get("detail").toString()
                    .startsWith("not a replica"));
            try (Connection connection = wrong.readOnlyDataSource().getConnection()) {
                assertThat(connection.getMetaData().getURL()).contains(pair.primaryJdbcUrl().split("\\?")[0]);
            }
        }
    }

    private static boolean healthy() {
        return "healthy".equals(replicas.describe().getFirst().get("status"));
    }

    private static boolean readsFromReplica() throws SQLException {
        // a broken pooled connection is dropped by the pool after its failure
        try (Connection connection = replicas.readOnlyDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
