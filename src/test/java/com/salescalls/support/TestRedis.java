package com.salescalls.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.SpringApplication;

/**
 * A redis-server of this test JVM on a free port, never the shared one on 6379. Tests may kill it and start it
 * again on the same port to play an outage; it is stopped when the JVM exits.
 */
public final class TestRedis {

    private static int port;
    private static Process server;

    private TestRedis() {
    }

    public static synchronized String url() {
        if (server == null) {
            port = freePort();
            start();
            // after every application context has closed (their Redis clients would reconnect and wait otherwise)
            SpringApplication.getShutdownHandlers().add(TestRedis::stop);
        }
        return "redis://127.0.0.1:" + port;
    }

    public static synchronized void start() {
        try {
            server = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server could not be started", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!listening()) {
            if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            sleep(50);
        }
    }

    /** Kills the server at once, as a crash would. */
    public static synchronized void stop() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
