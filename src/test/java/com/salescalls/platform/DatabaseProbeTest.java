package com.salescalls.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.salescalls.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseProbeTest {

    /** A server that accepts connections only once released, as PostgreSQL does while it restarts. */
    static final class StalledServer extends DelegatingDataSource {
        final CountDownLatch released = new CountDownLatch(1);
        final AtomicInteger attempts = new AtomicInteger();

        StalledServer() {
            super(new DriverManagerDataSource(TestDatabase.serverJdbcUrl()));
        }

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            try {
                released.await();
            } catch (InterruptedException e) {
                throw new SQLException(e);
            }
            return super.getConnection();
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedDownWithinTheTimeoutNotThePoolsWait() {
        StalledServer server = new StalledServer();
        DatabaseProbe probe = new DatabaseProbe(JdbcClient.create(server), Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThat(probe.answers()).isFalse();
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(waitedMillis).isBetween(250L, 5_000L);
        server.released.countDown();
    }

    @Test
    void pollersWaitForTheCheckInFlightInsteadOfStartingMoreThenSeeTheServerBack() throws Exception {
        StalledServer server = new StalledServer();
        DatabaseProbe probe = new DatabaseProbe(JdbcClient.create(server), Duration.ofMillis(100));
        for (int i = 0; i < 5; i++) {
            assertThat(probe.answers()).isFalse();
        }
        assertThat(server.attempts).hasValue(1);
        server.released.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean up = false;
        while (!up && System.nanoTime() < deadline) {
            up = probe.answers();
        }
        assertThat(up).isTrue();
        assertThat(probe.answers()).isTrue();
        assertThat(server.attempts.get()).isGreaterThan(1);
    }

    @Test
    void aRefusedConnectionIsReportedDown() {
        DatabaseProbe probe = new DatabaseProbe(JdbcClient.create(new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1")), Duration.ofSeconds(2));
        assertThat(probe.answers()).isFalse();
    }
}
