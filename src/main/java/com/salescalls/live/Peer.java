package com.salescalls.live;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

import com.salescalls.identity.CurrentUser;

/**
 * One open connection: everything sent to it goes through a bounded queue drained by the connection's own virtual
 * thread, so whoever produces a message (a producer's thread, the Redis listener, the pinger) never waits on a slow
 * client, and the container never sees two sends at once. When the queue is full a subscriber is closed (1013)
 * rather than letting it hold memory or the call; a producer's replies are dropped instead, because closing it
 * would lose the call; a replay waits for room, since it holds up nobody else.
 */
final class Peer {

    static final CloseStatus TOO_SLOW = new CloseStatus(1013, "too slow: send buffer full");

    enum Kind { PRODUCER, SUBSCRIBER, REPLAY }

    private record Outgoing(@Nullable WebSocketMessage<?> message, @Nullable CloseStatus close) {
    }

    private final WebSocketSession session;
    private final CurrentUser user;
    private final String callId;
    private volatile Kind kind;
    private final BlockingQueue<Outgoing> queue;
    private final Bucket inbound;
    private final Thread sender;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile long lastPongNanos = System.nanoTime();
    private volatile long lastPingNanos = System.nanoTime();
    private volatile boolean closing;
    private volatile long lastRateNoticeNanos = System.nanoTime() - Long.MAX_VALUE / 2;

    Peer(WebSocketSession session, CurrentUser user, String callId, Kind kind, LiveProperties limits) {
        this.session = session;
        // four times the limit, so a somewhat large message gets an error reply rather than a closed connection
        session.setTextMessageSizeLimit((int) Math.min(Integer.MAX_VALUE, limits.maxMessageSize().toBytes() * 4));
        session.setBinaryMessageSizeLimit(1024);
        this.user = user;
        this.callId = callId;
        this.kind = kind;
        this.queue = new ArrayBlockingQueue<>(limits.sendBuffer());
        this.inbound = Bucket.builder().addLimit(Bandwidth.builder().capacity(limits.messageBurst())
                .refillGreedy(limits.messagesPerSecond(), Duration.ofSeconds(1)).build()).build();
        this.sender = Thread.ofVirtual().name("live-send-" + session.getId()).start(this::drain);
    }

    CurrentUser user() {
        return user;
    }

    String callId() {
        return callId;
    }

    Kind kind() {
        return kind;
    }

    void becomeReplay() {
        kind = Kind.REPLAY;
    }

    /** Queues a message; what happens when the queue is full depends on the kind of peer (see above). */
    void send(String json) {
        lastActivityNanos = System.nanoTime();
        enqueue(new Outgoing(new TextMessage(json), null));
    }

    /** Waits for room instead: a replay is paced by its one client, and has nobody else to hold up. */
    void sendWaiting(String json) throws InterruptedException {
        lastActivityNanos = System.nanoTime();
        if (!closing) {
            queue.put(new Outgoing(new TextMessage(json), null));
        }
    }

    void ping() {
        lastPingNanos = System.nanoTime();
        enqueue(new Outgoing(new PingMessage(), null));
    }

    /** Closes once everything queued so far is sent. */
    void closeAfterSending(CloseStatus status) {
        if (!closing) {
            closing = true;
            if (!queue.offer(new Outgoing(null, status))) {
                closeNow(status);
            }
        }
    }

    void closeNow(CloseStatus status) {
        closing = true;
        try {
            session.close(status);
        } catch (IOException e) {
            // already gone: the container reports the closed connection all the same
        }
    }

    /** Whether this inbound message may be handled now, as far as the per-connection rate goes. */
    boolean admit() {
        return inbound.tryConsume(1);
    }

    /** Whether a rate-limit notice may be sent now (at most one per interval); if so, the clock restarts. */
    boolean rateNoticeDue(long intervalNanos) {
        long now = System.nanoTime();
        if (now - lastRateNoticeNanos < intervalNanos) {
            return false;
        }
        lastRateNoticeNanos = now;
        return true;
    }

    void receivedMessage() {
        lastActivityNanos = System.nanoTime();
        lastPongNanos = System.nanoTime();
    }

    void receivedPong() {
        lastPongNanos = System.nanoTime();
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    long lastPongNanos() {
        return lastPongNanos;
    }

    long lastPingNanos() {
        return lastPingNanos;
    }

    boolean isOpen() {
        return !closing && session.isOpen();
    }

    /** The connection is closed: stop the sender. */
    void stop() {
        closing = true;
        sender.interrupt();
    }

    private void enqueue(Outgoing outgoing) {
        if (closing || queue.offer(outgoing)) {
            return;
        }
        // a replay waits for room itself (sendWaiting), so only a ping can find its queue full: skip that ping
        if (kind == Kind.SUBSCRIBER) {
            closeNow(TOO_SLOW);
        }
    }

    private void drain() {
        try {
            while (true) {
                Outgoing next = queue.take();
                if (next.close() != null) {
                    closeNow(next.close());
                    return;
                }
                if (session.isOpen()) {
                    session.sendMessage(next.message());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            closeNow(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }
}
