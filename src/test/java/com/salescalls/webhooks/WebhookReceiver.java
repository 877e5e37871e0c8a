package com.salescalls.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a local port, checking signatures the way the README tells receivers to (with the JDK's
 * HMAC, not the product's code): {@code /ok} answers 204 to a valid signature within 5 minutes and 401 otherwise,
 * {@code /fail} answers 500, {@code /redirect} answers 302 towards {@code /ok}, {@code /flaky} answers 500 while
 * {@link #flaky} is set and as {@code /ok} does otherwise. While {@link #hold} is set, {@code /ok} keeps requests
 * waiting without an answer.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String eventId, String event, String body, boolean validSignature) {
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    private final HttpServer server;
    private final AtomicReference<String> secret = new AtomicReference<>("");
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile boolean hold;
    private volatile boolean flaky;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void secret(String value) {
        secret.set(value);
    }

    void hold(boolean value) {
        hold = value;
    }

    void flaky(boolean value) {
        flaky = value;
    }

    /** The validly signed deliveries of one event kind, their bodies read as JSON. */
    List<tools.jackson.databind.JsonNode> valid(String event) {
        return received.stream().filter(r -> r.validSignature() && r.event().equals(event))
                .map(r -> JSON.readTree(r.body())).toList();
    }

    long validDistinct(String event) {
        return received.stream().filter(r -> r.validSignature() && r.event().equals(event)).map(Received::eventId)
                .distinct().count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        switch (path) {
            case "/fail" -> respond(exchange, 500);
            case "/flaky" -> {
                if (flaky) {
                    respond(exchange, 500);
                } else {
                    accept(exchange, body);
                }
            }
            case "/redirect" -> {
                exchange.getResponseHeaders().add("Location", url("/ok"));
                respond(exchange, 302);
            }
            default -> {
                while (hold) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                accept(exchange, body);
            }
        }
    }

    private void accept(HttpExchange exchange, String body) throws IOException {
        boolean valid = valid(exchange.getRequestHeaders().getFirst("X-Signature"), body);
        received.add(new Received(exchange.getRequestHeaders().getFirst("X-Webhook-Id"),
                exchange.getRequestHeaders().getFirst("X-Webhook-Event"), body, valid));
        respond(exchange, valid ? 204 : 401);
    }

    private boolean valid(String header, String body) {
        if (header == null) {
            return false;
        }
        Matcher m = SIGNATURE.matcher(header);
        if (!m.matches() || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(m.group(1))) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((m.group(1) + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(m.group(2)));
        } catch (Exception e) {
            return false;
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        hold = false;
        server.stop(0);
    }
}
