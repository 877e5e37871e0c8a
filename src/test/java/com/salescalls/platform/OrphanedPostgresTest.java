package com.salescalls.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application killed with SIGKILL leaves its embedded PostgreSQL running; the next start must stop that
 * orphan and come up with the data intact, while a directory still used by a live instance is refused.
 */
class OrphanedPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void startAfterTheOwnerWasKilledStopsTheOrphanAndKeepsTheData() throws Exception {
        Path directory = dataDir.resolve("postgres");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), directory.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // the child logs its start; wait for the line that says the data is written
            }
            assertThat(line).as("child JVM output ended before READY").isNotNull();
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle orphan = OrphanedPostgres.runningServer(directory).orElseThrow();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        try (DatabaseConfiguration.EmbeddedDatabase restarted = DatabaseConfiguration.EmbeddedDatabase.start(directory);
             var connection = restarted.dataSource().getConnection();
             var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM survivor")) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the kill");
        }
    }

    @Test
    void directoryOfALiveInstanceIsRefused() throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (DatabaseConfiguration.EmbeddedDatabase running = DatabaseConfiguration.EmbeddedDatabase.start(directory)) {
            assertThatThrownBy(() -> OrphanedPostgres.stopIfOrphaned(directory))
                    .isInstanceOf(FolderInUse.class).hasMessageContaining("in use by another running");
            assertThat(OrphanedPostgres.runningServer(directory)).isPresent();
        }
    }
}
