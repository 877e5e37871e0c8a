package com.salescalls.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource of the application: the server named by {@code DATABASE_URL}, or else an embedded
 * PostgreSQL whose data directory lives under {@code DATA_DIR}, so a bare machine runs the whole product
 * and a restart keeps its data.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PlatformProperties properties) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("salescalls");
        config.setMaximumPoolSize(10);
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
            log.info("Starting embedded PostgreSQL in {}", directory.toAbsolutePath());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
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
