package com.salescalls.platform;

import java.nio.file.Path;

/** Runs in a separate JVM for {@link OrphanedPostgresTest}: starts the embedded database, says so, and waits. */
final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(Path.of(args[0]));
        try (var connection = database.dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS survivor (note text)");
            statement.execute("INSERT INTO survivor VALUES ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
