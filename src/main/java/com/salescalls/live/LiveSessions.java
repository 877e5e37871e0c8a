package com.salescalls.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * The open live connections of this instance: how many each user has (across instances with Redis, see
 * {@link ConnectionSlots}), and one sweeper that pings them, closes
 * those that stopped answering pings and those idle for too long (a producer that sends nothing, a subscriber
 * that is sent nothing, such as one waiting for a call that never starts). At shutdown every connection is closed
 * with 1001 (going away) before the web server waits for requests in flight, so clients reconnect through the
 * balancer to another instance at once instead of holding this one's shutdown; {@code salescalls_live_connections}
 * counts them.
 */
@Component
class LiveSessions implements DisposableBean, SmartLifecycle, MeterBinder {

    static final CloseStatus SHUTTING_DOWN = CloseStatus.GOING_AWAY.withReason("server shutting down; reconnect");

    static final CloseStatus IDLE = new CloseStatus(4408, "idle timeout");
    static final CloseStatus NO_PONG = new CloseStatus(1001, "no answer to pings");

    private final LiveProperties properties;
    private final JsonMapper json;
    private final Map<Peer, String> peers = new ConcurrentHashMap<>(); // each with its slot's name
    private final ConnectionSlots slots;
    private final ScheduledExecutorService sweeper;
    private volatile boolean running = true; // from the first handshake: the web server starts before this

    LiveSessions(LiveProperties properties, JsonMapper json, ObjectProvider<StringRedisTemplate> redis) {
        this.properties = properties;
        this.json = json;
        // a slot outlives a missed renewal or two: the sweeper renews every connection each ping interval
        this.slots = new ConnectionSlots(redis.getIfAvailable(), properties.redisPrefix(),
                properties.maxConnectionsPerUser(), properties.pingInterval().multipliedBy(3).plusSeconds(5));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("live-sweeper").factory());
        long period = Math.clamp(Math.min(properties.idleTimeout().toMillis(), properties.pingInterval().toMillis())
                / 4, 50, 1000);
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    /** Whether the user may open one more connection (checked at the handshake, to answer 429). */
    boolean hasRoomFor(long userId) {
        return slots.hasRoom(userId);
    }

    /** Registers the connection; false when the user is at the limit (two handshakes raced past the check). */
    boolean open(Peer peer) {
        if (!running) {
            return false;
        }
        String slot = UUID.randomUUID().toString();
        if (!slots.take(peer.user().id(), slot)) {
            return false;
        }
        peers.put(peer, slot);
        return true;
    }

    void closed(Peer peer) {
        peer.stop();
        String slot = peers.remove(peer);
        if (slot != null) {
            slots.release(peer.user().id(), slot);
        }
    }

    int openConnections() {
        return peers.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        long idle = properties.idleTimeout().toNanos();
        long ping = properties.pingInterval().toNanos();
        for (Peer peer : peers.keySet()) {
            if (!peer.isOpen()) {
                continue;
            }
            if (peer.kind() != Peer.Kind.REPLAY && now - peer.lastActivityNanos() > idle) {
                peer.send(json.writeValueAsString(new LiveMessages.StatusMessage("timeout", peer.callId(),
                        "Nothing happened on this connection for " + properties.idleTimeout().toSeconds()
                                + " s")));
                peer.closeAfterSending(IDLE);
            } else if (now - peer.lastPongNanos() > 2 * ping) {
                peer.closeNow(NO_PONG);
            } else if (now - peer.lastPingNanos() >= ping) {
                peer.ping();
                String slot = peers.get(peer);
                if (slot != null) {
                    slots.renew(peer.user().id(), slot);
                }
            }
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("salescalls.live.connections", peers, Map::size)
                .description("open WebSocket connections on this instance").register(registry);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        peers.keySet().forEach(peer -> peer.closeNow(SHUTTING_DOWN));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // stopped before the web server's graceful shutdown, which would otherwise wait for these connections
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        peers.keySet().forEach(peer -> peer.closeNow(CloseStatus.SERVICE_RESTARTED));
    }
}
