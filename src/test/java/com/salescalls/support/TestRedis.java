package com.salescalls.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Redis for this test JVM: a {@code redis-server} of its own on a free port, without persistence, stopped when
 * the JVM exits (or the one at TEST_REDIS_URL). The shared Redis on 6379 is never touched.
 */
public final class TestRedis {

    private static String url;

    private TestRedis() {
    }

    public static synchronized String url() {
        if (url == null) {
            String given = System.getenv("TEST_REDIS_URL");
            url = given != null && !given.isBlank() ? given : start();
        }
        return url;
    }

    private static String start() {
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            Path log = Files.createTempFile("test-redis-", ".log");
            Process server = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--save", "",
                    "--appendonly", "no", "--bind", "127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return "redis://127.0.0.1:" + port;
                } catch (IOException notYet) {
                    if (!server.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("redis-server did not start: " + Files.readString(log));
                    }
                    Thread.sleep(50);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start redis-server (install it or set TEST_REDIS_URL)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
