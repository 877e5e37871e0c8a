package com.salescalls.platform;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Short messages to the other instances, over Redis pub/sub with {@code REDIS_URL} (without it there is no other
 * instance to tell, and nothing is sent). At most once: a message published while Redis is away, or while an
 * instance is not subscribed, is lost, so what listens must bound the damage of a lost one (a short TTL). An
 * instance does not receive its own messages.
 *
 * <p>Listeners are registered while the beans are made and the subscription starts with the other lifecycles, before
 * the web server. An instance whose Redis is not there yet starts anyway: a thread of its own subscribes again with
 * exponential backoff (0.5 s doubling, at most 30 s apart) until it holds; once subscribed, the container
 * resubscribes after a lost connection with the same backoff.
 */
@Component
public class ClusterMessages implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterMessages.class);

    /** Tells this instance's messages from the others' on a shared channel. */
    private final String sender = UUID.randomUUID().toString();
    private final @Nullable StringRedisTemplate redis;
    private final @Nullable RedisMessageListenerContainer listeners;
    private final ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cluster-messages-subscribe").factory());
    private volatile boolean running;

    ClusterMessages(ObjectProvider<RedisConnectionFactory> redisFactory) {
        backOff.setMaxInterval(30_000);
        RedisConnectionFactory factory = redisFactory.getIfAvailable();
        if (factory == null) {
            this.redis = null;
            this.listeners = null;
            return;
        }
        this.redis = new StringRedisTemplate(factory);
        this.listeners = new RedisMessageListenerContainer();
        listeners.setConnectionFactory(factory);
        listeners.setRecoveryBackoff(backOff);
        listeners.afterPropertiesSet();
    }

    /** Calls {@code listener} with every message another instance publishes on {@code channel}. */
    public void subscribe(String channel, Consumer<String> listener) {
        if (listeners == null) {
            return;
        }
        try {
            listeners.addMessageListener((message, pattern) -> {
                String text = new String(message.getBody(), StandardCharsets.UTF_8);
                int space = text.indexOf(' ');
                if (space > 0 && !text.substring(0, space).equals(sender)) {
                    listener.accept(text.substring(space + 1));
                }
            }, new ChannelTopic(channel));
        } catch (RuntimeException e) {
            // registered after the start while Redis is away: kept, and subscribed by the retries
            log.warn("Could not subscribe to {} now ({}); trying again", channel, e.toString());
            listeners.stop();
            retries.execute(() -> connect(backOff.start()));
        }
    }

    /** Sends {@code message} to the other instances; a failure is logged, never thrown. */
    public void publish(String channel, String message) {
        if (redis == null) {
            return;
        }
        try {
            redis.convertAndSend(channel, sender + " " + message);
        } catch (RuntimeException e) {
            log.warn("Could not publish on {} ({}); the other instances miss '{}'", channel, e.toString(), message);
        }
    }

    @Override
    public void start() {
        running = true;
        if (listeners != null) {
            connect(backOff.start());
        }
    }

    private void connect(BackOffExecution wait) {
        if (!running || listeners == null || listeners.isListening()) {
            return;
        }
        try {
            listeners.start();
        } catch (RuntimeException e) {
            listeners.stop(); // the container stays "started" after a failed first subscription; reset it
            long next = wait.nextBackOff();
            log.warn("Could not subscribe to the other instances' messages ({}); trying again in {} ms",
                    e.getMessage(), next);
            retries.schedule(() -> connect(wait), next, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listeners != null) {
            listeners.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // subscribed before the web server accepts requests and unsubscribed after it stops
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public void destroy() throws Exception {
        retries.shutdownNow();
        if (listeners != null) {
            listeners.destroy();
        }
    }
}
