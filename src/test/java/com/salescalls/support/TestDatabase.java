package com.salescalls.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.SpringApplication;

/**
 * A fresh database on the PostgreSQL server at 127.0.0.1:5432 (override with TEST_POSTGRES_URL, a JDBC URL of
 * the server's postgres database with at most a {@code user} parameter) for this test JVM, created on first
 * use and dropped when the JVM exits. Tests run against a real server: no mocks, no H2.
 */
public final class TestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static final java.util.Map<String, String> NAMES = new java.util.HashMap<>();

    private TestDatabase() {
    }

    /** The server's own {@code postgres} database, as a JDBC URL, for tests that need a connection and no schema. */
    public static String serverJdbcUrl() {
        return SERVER;
    }

    /**
     * The same database in the libpq form ({@code postgresql://user@host:port/db}) that hosting platforms put in
     * DATABASE_URL, so the integration tests also cover its translation.
     */
    public static String libpqUrl() {
        return libpqUrl("");
    }

    /** Another database of this JVM, for a context that must not share data or scheduled tasks with the others. */
    public static String libpqUrl(String purpose) {
        java.net.URI server = java.net.URI.create(SERVER.substring("jdbc:".length()));
        String user = server.getQuery() != null && server.getQuery().startsWith("user=")
                ? server.getQuery().substring("user=".length()) + "@" : "";
        return "postgresql://" + user + server.getHost() + ":" + server.getPort() + "/" + name(purpose);
    }

    private static synchronized String name(String purpose) {
        String name = NAMES.get(purpose);
        if (name == null) {
            String created = "salescalls_test_" + purpose + ProcessHandle.current().pid() + "_"
                    + System.currentTimeMillis();
            execute("CREATE DATABASE " + created);
            // after every application context of the JVM has closed: a drop running beside a closing context
            // cut its connections, and its retries held the JVM's exit past surefire's 30 s
            SpringApplication.getShutdownHandlers().add(() -> execute("DROP DATABASE IF EXISTS " + created
                    + " WITH (FORCE)"));
            NAMES.put(purpose, created);
            name = created;
        }
        return name;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test PostgreSQL at " + SERVER + " refused: " + sql, e);
        }
    }
}
