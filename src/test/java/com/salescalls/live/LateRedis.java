package com.salescalls.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Redis that is not there yet, or slow: a port that refuses connections until {@link #open} binds it, then
 * forwards each connection to a real Redis after holding it for {@code delay} (a server slow to answer, as a
 * loaded machine's was at start).
 */
final class LateRedis implements AutoCloseable {

    private final int port;
    private final int target;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    LateRedis(int target) throws IOException {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** From now on each new connection waits this long before its first byte is forwarded. */
    void slowDown(Duration delay) {
        this.delay = delay;
    }

    void open() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        open.add(server);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    open.add(client);
                    Thread.ofVirtual().start(() -> forward(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void forward(Socket client) {
        try {
            Thread.sleep(delay);
            Socket redis = new Socket("127.0.0.1", target);
            open.add(redis);
            Thread.ofVirtual().start(() -> pipe(redis, client));
            pipe(client, redis);
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // one side closed: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        open.forEach(LateRedis::closeQuietly);
    }
}
