package com.salescalls.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database on the PostgreSQL server at 127.0.0.1:5432 (override with TEST_POSTGRES_URL) for this
 * test JVM, dropped when the JVM exits. Tests run against a real server: no mocks, no H2.
 */
public final class TestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static String url;

    private TestDatabase() {
    }

    /** The JDBC URL of this JVM's test database, created on first use. */
    public static synchronized String url() {
        if (url == null) {
            String name = "salescalls_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name
                    + " WITH (FORCE)")));
            url = SERVER.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        }
        return url;
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
