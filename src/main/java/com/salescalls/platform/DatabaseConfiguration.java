package com.salescalls.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The one DataSource of the application: the server named by {@code DATABASE_URL}, or else an embedded
 * PostgreSQL whose data directory lives under {@code DATA_DIR}, so a bare machine runs the whole product
 * and a restart keeps its data. Connections are taken lazily, at a transaction's first statement, so that a
 * read-only transaction ({@code @Transactional(readOnly = true)}) can be served by a healthy read replica of
 * {@code DATABASE_REPLICA_URLS}; everything else (writes, the pipeline's claims, jobs, rollups) uses the primary.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    RoutingDataSource dataSource(PlatformProperties properties, OperationsProperties operations) throws IOException {
        HikariDataSource primary = primary(properties);
        ReadReplicas replicas = operations.replicaUrls().isEmpty() ? ReadReplicas.none(primary)
                : new ReadReplicas(primary, operations.replicaUrls(), operations.replicaMaxLag(),
                        operations.replicaCheckInterval());
        return new RoutingDataSource(primary, replicas);
    }

    @Bean(destroyMethod = "") // closed with the data source
    ReadReplicas readReplicas(RoutingDataSource dataSource) {
        return dataSource.replicas;
    }

    private static HikariDataSource primary(PlatformProperties properties) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("salescalls");
        config.setMaximumPoolSize(10);
        // grows to 10 under load and shrinks back when idle, so that idle instances (and the test suite's many
        // cached application contexts) do not hold PostgreSQL's connection slots
        config.setMinimumIdle(2);
        config.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        if (properties.embeddedDatabase()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(properties.dataDir().resolve("postgres"));
            config.setDataSource(embedded.dataSource());
            return new ClosingDataSource(config, embedded);
        }
        DatabaseUrl url = DatabaseUrl.parse(properties.databaseUrl());
        config.setJdbcUrl(url.jdbcUrl());
        if (url.username() != null) {
            config.setUsername(url.username());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        return new HikariDataSource(config);
    }

    /**
     * The primary's pool behind a lazy proxy whose read-only connections come from the replicas; closing it closes
     * the replicas, then the primary (and with it an embedded server), so the database is the last thing to go.
     */
    static final class RoutingDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final HikariDataSource primary;
        final ReadReplicas replicas;

        RoutingDataSource(HikariDataSource primary, ReadReplicas replicas) {
            super(primary);
            this.primary = primary;
            this.replicas = replicas;
            if (replicas.configured()) {
                setReadOnlyDataSource(replicas.readOnlyDataSource());
            }
        }

        @Override
        public void close() {
            replicas.close();
            primary.close();
        }
    }

    /** A pool that stops the embedded server after its last connection is closed. */
    static final class ClosingDataSource extends HikariDataSource {

        private final EmbeddedDatabase embedded;

        ClosingDataSource(HikariConfig config, EmbeddedDatabase embedded) {
            super(config);
            this.embedded = embedded;
        }

        @Override
        public void close() {
            super.close();
            embedded.close();
        }
    }

    /** An embedded PostgreSQL kept in a directory that survives restarts. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {

        static EmbeddedDatabase start(Path directory) throws IOException {
            Files.createDirectories(directory);
            OrphanedPostgres.stopIfOrphaned(directory);
            DataDirectorySpace.requireRoom(directory);
            log.info("Starting embedded PostgreSQL in {}", directory.toAbsolutePath());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // the library's own JVM shutdown hook would stop the server while the application still
                    // drains (Spring's hook runs beside it): it is stopped when the pool closes, last of all
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedDatabase(server);
        }

        DataSource dataSource() {
            return server.getPostgresDatabase();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
