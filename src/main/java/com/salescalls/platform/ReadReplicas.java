package com.salescalls.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The read replicas of {@code DATABASE_REPLICA_URLS} and the choice among them. Every {@code replicaCheckInterval}
 * the primary's WAL position is sampled and each replica's replayed position read: a replica's lag is how long ago
 * the primary was at the oldest position the replica has not replayed yet (0 once it replayed the newest sample),
 * which stays right when the primary is idle and grows when the replica is cut off from it. A replica that answers,
 * is in recovery and lags at most {@code replicaMaxLag} is healthy; read-only connections go round robin to the
 * healthy ones and to the primary when there is none, or when the chosen one refuses a connection.
 */
public final class ReadReplicas implements AutoCloseable, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ReadReplicas.class);

    private final DataSource primary;
    private final List<Replica> replicas;
    private final Duration maxLag;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final Duration history;
    private final AtomicInteger next = new AtomicInteger();
    private final @Nullable ScheduledExecutorService checker;
    private volatile @Nullable Counter primaryReads;

    private record Sample(long nanos, long lsn) {
    }

    /** One replica and what the last check found. */
    static final class Replica {
        final String name;
        final HikariDataSource pool;
        volatile boolean healthy;
        volatile double lagSeconds = Double.NaN;
        volatile String state = "not checked yet";
        volatile @Nullable Counter reads;

        Replica(String name, HikariDataSource pool) {
            this.name = name;
            this.pool = pool;
        }
    }

    ReadReplicas(DataSource primary, List<String> urls, Duration maxLag, Duration checkInterval) {
        this.primary = primary;
        this.maxLag = maxLag;
        this.history = maxLag.multipliedBy(3).plusSeconds(10);
        List<Replica> made = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            DatabaseUrl url = DatabaseUrl.parse(urls.get(i));
            made.add(new Replica("replica-" + (i + 1), pool(url, "salescalls-replica-" + (i + 1))));
        }
        this.replicas = List.copyOf(made);
        if (replicas.isEmpty()) {
            checker = null;
            return;
        }
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("replica-check")
                .factory());
        checker.scheduleWithFixedDelay(this::check, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static ReadReplicas none(DataSource primary) {
        return new ReadReplicas(primary, List.of(), Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    private static HikariDataSource pool(DatabaseUrl url, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url.jdbcUrl());
        if (url.username() != null) {
            config.setUsername(url.username());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setMaximumPoolSize(10);
        config.setReadOnly(true);
        // a replica that is away must cost a read little: fail fast, and never fail the start because of it
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    public boolean configured() {
        return !replicas.isEmpty();
    }

    /** Read-only connections: from a healthy replica, else from the primary. */
    DataSource readOnlyDataSource() {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return readConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return readConnection();
            }
        };
    }

    private Connection readConnection() throws SQLException {
        if (!ReplicaRouting.primaryOnly()) {
            int size = replicas.size();
            int start = Math.floorMod(next.getAndIncrement(), Math.max(size, 1));
            for (int i = 0; i < size; i++) {
                Replica replica = replicas.get((start + i) % size);
                if (!replica.healthy) {
                    continue;
                }
                try {
                    Connection connection = replica.pool.getConnection();
                    ReplicaRouting.replicaUsed();
                    count(replica.reads);
                    return connection;
                } catch (SQLException e) {
                    replica.healthy = false;
                    replica.state = "down: " + e.getMessage();
                    log.warn("Read replica {} refused a connection; reading from the primary ({})", replica.name,
                            e.getMessage());
                }
            }
        }
        count(primaryReads);
        return primary.getConnection();
    }

    private static void count(@Nullable Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    private void check() {
        long now = System.nanoTime();
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
            rs.next();
            samples.addLast(new Sample(now, rs.getLong(1)));
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not sample the primary's WAL position: {}", e.toString());
        }
        while (samples.size() > 1 && now - samples.peekFirst().nanos() > history.toNanos()) {
            samples.removeFirst();
        }
        for (Replica replica : replicas) {
            measure(replica, now);
        }
    }

    private void measure(Replica replica, long now) {
        boolean wasHealthy = replica.healthy;
        try (Connection connection = replica.pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rs = statement.executeQuery("SELECT pg_is_in_recovery(), "
                    + "pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    replica.healthy = false;
                    replica.state = "not a replica (not in recovery): never read from";
                    replica.lagSeconds = Double.NaN;
                } else {
                    double lag = lagSeconds(rs.getLong(2), now);
                    replica.lagSeconds = lag;
                    replica.healthy = lag <= maxLag.toMillis() / 1000.0;
                    replica.state = replica.healthy ? "healthy" : "lagging more than " + maxLag.toSeconds() + " s";
                }
            }
        } catch (SQLException | RuntimeException e) {
            replica.healthy = false;
            replica.lagSeconds = Double.NaN;
            replica.state = "down: " + e.getMessage();
        }
        if (wasHealthy != replica.healthy) {
            log.info("Read replica {} is now {}", replica.name, replica.state);
        }
    }

    private double lagSeconds(long replayed, long now) {
        Sample behind = null;
        for (Sample sample : samples) { // oldest first: the first one ahead of the replica is where it is stuck
            if (sample.lsn() > replayed) {
                behind = sample;
                break;
            }
        }
        return behind == null ? 0 : (now - behind.nanos()) / 1e9;
    }

    /** Each replica as {@code /health} shows it. */
    public List<Map<String, Object>> describe() {
        List<Map<String, Object>> states = new ArrayList<>();
        for (Replica replica : replicas) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("name", replica.name);
            state.put("status", replica.healthy ? "healthy" : "skipped");
            state.put("detail", replica.state);
            state.put("lag_seconds", Double.isNaN(replica.lagSeconds) ? null
                    : Math.round(replica.lagSeconds * 1000) / 1000.0);
            states.add(state);
        }
        return states;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        primaryReads = readCounter(registry, "primary");
        for (Replica replica : replicas) {
            replica.reads = readCounter(registry, replica.name);
            Gauge.builder("salescalls.database.replica.lag.seconds", replica, r -> r.lagSeconds)
                    .tag("replica", replica.name).description("how far the replica's replay is behind the primary")
                    .register(registry);
            Gauge.builder("salescalls.database.replica.healthy", replica, r -> r.healthy ? 1 : 0)
                    .tag("replica", replica.name).description("1 while reads may go to the replica")
                    .register(registry);
            replica.pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    private static Counter readCounter(MeterRegistry registry, String target) {
        return Counter.builder("salescalls.database.reads").tag("target", target)
                .description("read-only connections handed out, by where they went").register(registry);
    }

    @Override
    public void close() {
        if (checker != null) {
            checker.shutdownNow();
        }
        replicas.forEach(replica -> replica.pool.close());
    }
}
