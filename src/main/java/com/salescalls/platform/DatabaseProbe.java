package com.salescalls.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, within a bounded wait. While the server restarts the pool waits up to its connection
 * timeout for a connection; a health check must not: it answers "no" after {@code healthTimeout}. At most one check
 * query is in flight: callers that arrive while one runs wait for that one, so a poller cannot pile threads up on a
 * database that does not answer.
 */
@Component
public class DatabaseProbe {

    private final JdbcClient jdbc;
    private final Duration timeout;
    private final AtomicReference<CompletableFuture<Boolean>> inFlight = new AtomicReference<>();

    @Autowired
    DatabaseProbe(JdbcClient jdbc, OperationsProperties operations) {
        this(jdbc, operations.healthTimeout());
    }

    public DatabaseProbe(JdbcClient jdbc, Duration timeout) {
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    /** True when {@code SELECT 1} answered within the timeout (false when it failed or is still waiting). */
    public boolean answers() {
        try {
            return check().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CompletableFuture<Boolean> check() {
        while (true) {
            CompletableFuture<Boolean> running = inFlight.get();
            if (running != null && !running.isDone()) {
                return running;
            }
            CompletableFuture<Boolean> fresh = new CompletableFuture<>();
            if (inFlight.compareAndSet(running, fresh)) {
                Thread.ofVirtual().name("database-probe").start(() -> fresh.complete(query()));
                return fresh;
            }
        }
    }

    private boolean query() {
        try {
            return jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (DataAccessException e) {
            return false;
        }
    }
}
