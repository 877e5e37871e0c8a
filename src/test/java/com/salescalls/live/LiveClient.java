package com.salescalls.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client on the JDK's own implementation: what it receives, in order, and how it was closed. */
final class LiveClient implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    private LiveClient(URI uri, List<String> protocols) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (!protocols.isEmpty()) {
            builder.subprotocols(protocols.getFirst(), protocols.subList(1, protocols.size()).toArray(String[]::new));
        }
        this.socket = builder.buildAsync(uri, this).join();
    }

    static LiveClient connect(String uri, String... protocols) {
        return new LiveClient(URI.create(uri), List.of(protocols));
    }

    /** The HTTP status a refused handshake answered with. */
    static int refusedStatus(String uri, String... protocols) {
        try {
            new LiveClient(URI.create(uri), List.of(protocols)).close();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                HttpResponse<?> response = refused.getResponse();
                return response.statusCode();
            }
            throw e;
        }
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    JsonNode next() {
        try {
            JsonNode message = received.poll(10, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 10 s");
            }
            return message;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages up to and including the first that matches. */
    List<JsonNode> until(Predicate<JsonNode> last) {
        List<JsonNode> messages = new ArrayList<>();
        JsonNode message;
        do {
            message = next();
            messages.add(message);
        } while (!last.test(message));
        return messages;
    }

    static Predicate<JsonNode> type(String type) {
        return message -> type.equals(message.path("type").asString());
    }

    /** The close code the server sent. */
    int closeCode() {
        return closed.orTimeout(15, TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        try {
            closed.get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the server did not answer the close in time: drop the connection anyway
        }
        socket.abort();
    }
}
