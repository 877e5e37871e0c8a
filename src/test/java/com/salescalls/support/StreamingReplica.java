package com.salescalls.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary and a streaming read replica of it, made for this test JVM with the installed PostgreSQL
 * binaries ({@code initdb}, then {@code pg_basebackup -R}) on free loopback ports, as the deployment runs them; both
 * are stopped and deleted when the JVM exits. As root the servers run as the {@code postgres} user, since PostgreSQL
 * refuses to run as root. Set {@code PG_BIN} to use binaries elsewhere than /usr/lib/postgresql/15/bin.
 */
public final class StreamingReplica {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static StreamingReplica started;

    private final Path root;
    private final int primaryPort;
    private final int replicaPort;

    private StreamingReplica(Path root, int primaryPort, int replicaPort) {
        this.root = root;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    public static synchronized StreamingReplica get() {
        if (started == null) {
            started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        }
        return started;
    }

    public String primaryUrl() {
        return "postgresql://postgres@127.0.0.1:" + primaryPort + "/postgres";
    }

    public String replicaUrl() {
        return "postgresql://postgres@127.0.0.1:" + replicaPort + "/postgres";
    }

    public String replicaJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/postgres?user=postgres";
    }

    public String primaryJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres?user=postgres";
    }

    /** Stops the replica at once, as a crash would. */
    public void stopReplica() {
        run(pgCtl(root.resolve("replica"), replicaPort, "stop", "-m", "immediate"));
    }

    public void startReplica() {
        run(pgCtl(root.resolve("replica"), replicaPort, "start"));
    }

    private static StreamingReplica start() {
        try {
            Path root = Files.createTempDirectory("salescalls-replica-test-");
            asPostgres(root);
            StreamingReplica pair = new StreamingReplica(root, freePort(), freePort());
            Path primary = root.resolve("primary");
            run(command(BIN.resolve("initdb").toString(), "-D", primary.toString(), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--no-instructions"));
            // nothing but loopback, and a WAL sender for the replica
            Files.writeString(primary.resolve("postgresql.conf"), "\nlisten_addresses = '127.0.0.1'\n"
                    + "max_wal_senders = 4\nwal_level = replica\nfsync = off\n", java.nio.file.StandardOpenOption.APPEND);
            run(pair.pgCtl(primary, pair.primaryPort, "start"));
            Path replica = root.resolve("replica");
            run(command(BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p",
                    String.valueOf(pair.primaryPort), "-U", "postgres", "-D", replica.toString(), "-R", "-X", "stream"));
            run(pair.pgCtl(replica, pair.replicaPort, "start"));
            return pair;
        } catch (IOException e) {
            throw new IllegalStateException("could not make a primary and a streaming replica", e);
        }
    }

    private List<String> pgCtl(Path dataDir, int port, String action, String... more) {
        List<String> args = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + root, "-l", dataDir + ".log", action));
        args.addAll(List.of(more));
        return command(args.toArray(String[]::new));
    }

    private void destroy() {
        for (String server : List.of("replica", "primary")) {
            Path dir = root.resolve(server);
            if (Files.exists(dir.resolve("postmaster.pid"))) {
                try {
                    run(command(BIN.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "immediate", "stop"));
                } catch (RuntimeException ignored) {
                    // already down
                }
            }
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the temporary folder is cleaned by the system then
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void asPostgres(Path dir) {
        if (root()) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
