package com.salescalls.live;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The bus across instances: a claim key per live call ({@code SET NX} with an expiry, so a crashed instance's call
 * frees itself), a capped history list per call, and one pub/sub channel that every instance listens to.
 * One channel rather than one per call, because subscribing is asynchronous in Redis and a per-call subscription
 * could miss the first messages; the cost is that each instance sees every live message.
 * <p>
 * Redis may be down or slow when the instance starts: the first subscription is tried at start (bounded by the
 * container's registration wait), and when it fails the instance starts anyway and a thread of its own tries
 * again with exponential backoff until it holds; until then the instance is not ready ({@link #state()}). Once
 * subscribed, the container resubscribes after a lost connection with the same backoff.
 */
final class RedisLiveBus implements LiveBus, SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveBus.class);

    /** Append, cap, refresh the expiry and publish in one round trip, so history and channel never disagree. */
    private static final RedisScript<Long> PUBLISH = RedisScript.of("""
            redis.call('RPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[3]), -1)
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return redis.call('PUBLISH', KEYS[2], ARGV[1])""", Long.class);

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer listener;
    private final String prefix;
    private final String channel;
    private final int historyLimit;
    private final Duration ttl;
    private final Duration keep;
    private final BackOff backOff = backOff();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-bus-subscribe").factory());
    private volatile boolean running;
    private volatile int failedAttempts;
    private volatile boolean subscribedOnce;
    private volatile String lastFailure = "none";

    RedisLiveBus(RedisConnectionFactory connections, Subscriptions subscriptions, String prefix, int historyLimit,
            Duration idleTimeout) {
        this.redis = new StringRedisTemplate(connections);
        this.prefix = prefix;
        this.channel = prefix + "events";
        this.historyLimit = historyLimit;
        // a claim outlives the idle timeout that closes a silent producer, so only a crashed instance lets it lapse
        this.ttl = idleTimeout.multipliedBy(2);
        this.keep = idleTimeout;
        this.listener = new RedisMessageListenerContainer();
        listener.setConnectionFactory(connections);
        // in order, on the connection's thread: delivery only queues messages, it never blocks
        listener.setTaskExecutor(new SyncTaskExecutor());
        listener.setRecoveryBackoff(backOff);
        listener.addMessageListener((message, pattern) -> {
            try {
                subscriptions.deliver(LiveEvent.decode(new String(message.getBody(),
                        java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                log.warn("Ignored a malformed message on {}: {}", channel, e.getMessage());
            }
        }, new ChannelTopic(channel));
        listener.afterPropertiesSet();
    }

    // listening starts before the web server accepts connections and stops after it, while Redis is still there
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    /** 0.5 s, doubling, at most 30 s apart, for as long as it takes. */
    static BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    @Override
    public void start() {
        running = true;
        subscribe(backOff.start());
    }

    private void subscribe(BackOffExecution wait) {
        if (!running) {
            return;
        }
        try {
            listener.start();
            if (failedAttempts > 0) {
                log.info("Live bus subscribed to Redis after {} failed attempts", failedAttempts);
            }
            failedAttempts = 0;
            subscribedOnce = true;
        } catch (RuntimeException e) {
            listener.stop(); // the container stays "started" after a failed first subscription; reset it
            failedAttempts++;
            lastFailure = e.getMessage();
            long next = wait.nextBackOff();
            log.warn("Live bus could not subscribe to Redis (attempt {}: {}); trying again in {} ms",
                    failedAttempts, e.getMessage(), next);
            retries.schedule(() -> subscribe(wait), next, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public State state() {
        if (listener.isListening()) {
            return new State(true, "redis: subscribed");
        }
        String detail = !running ? "redis: stopped" : subscribedOnce ? "redis: resubscribing"
                : "redis: connecting (" + failedAttempts + " failed attempts, last: " + lastFailure + ")";
        return new State(subscribedOnce, detail);
    }

    @Override
    public boolean claim(String callId, String agentId) {
        boolean claimed = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(claimKey(callId), agentId, ttl));
        if (claimed) {
            redis.delete(historyKey(callId)); // an aborted earlier attempt's messages are not this call's
        }
        return claimed;
    }

    @Override
    public void keepAlive(String callId) {
        redis.expire(claimKey(callId), ttl);
        redis.expire(historyKey(callId), ttl);
    }

    @Override
    public void publish(LiveEvent event) {
        redis.execute(PUBLISH, List.of(historyKey(event.callId()), channel), event.encode(),
                Long.toString(ttl.toMillis()), Integer.toString(historyLimit));
    }

    @Override
    public List<LiveEvent> history(String callId) {
        List<String> frames = redis.opsForList().range(historyKey(callId), 0, -1);
        return Objects.requireNonNullElse(frames, List.<String>of()).stream().map(LiveEvent::decode).toList();
    }

    @Override
    public void release(String callId) {
        redis.expire(historyKey(callId), keep);
        redis.delete(claimKey(callId));
    }

    @Override
    public List<LiveCallInProgress> inProgress(int limit) {
        // SCAN walks the keyspace in steps without blocking Redis; each claim key's value is the call's agent
        java.util.List<String> keys = new java.util.ArrayList<>();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(claimKey("*")).count(1000).build())) {
            while (cursor.hasNext() && keys.size() < limit) {
                keys.add(cursor.next());
            }
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> agents = Objects.requireNonNullElse(redis.opsForValue().multiGet(keys), List.<String>of());
        java.util.List<LiveCallInProgress> calls = new java.util.ArrayList<>();
        for (int i = 0; i < keys.size() && i < agents.size(); i++) {
            if (agents.get(i) != null) { // released between the scan and the read
                calls.add(new LiveCallInProgress(keys.get(i).substring(claimKey("").length()), agents.get(i)));
            }
        }
        return List.copyOf(calls);
    }

    @Override
    public void close() throws Exception {
        running = false;
        retries.shutdownNow();
        listener.destroy();
    }

    private String claimKey(String callId) {
        return prefix + "call:" + callId;
    }

    private String historyKey(String callId) {
        return prefix + "history:" + callId;
    }
}
