package com.salescalls.platform;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Short messages to the other instances, over Redis pub/sub with {@code REDIS_URL} (without it there is no other
 * instance to tell, and nothing is sent). At most once: a message published while Redis is away, or while an
 * instance is not subscribed, is lost, so what listens must bound the damage of a lost one (a short TTL). An
 * instance does not receive its own messages.
 */
@Component
public class ClusterMessages implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterMessages.class);

    /** Tells this instance's messages from the others' on a shared channel. */
    private final String sender = UUID.randomUUID().toString();
    private final @Nullable StringRedisTemplate redis;
    private final @Nullable RedisMessageListenerContainer listeners;

    ClusterMessages(ObjectProvider<RedisConnectionFactory> redisFactory) {
        RedisConnectionFactory factory = redisFactory.getIfAvailable();
        if (factory == null) {
            this.redis = null;
            this.listeners = null;
            return;
        }
        this.redis = new StringRedisTemplate(factory);
        this.listeners = new RedisMessageListenerContainer();
        listeners.setConnectionFactory(factory);
        listeners.afterPropertiesSet();
        listeners.start();
    }

    /** Calls {@code listener} with every message another instance publishes on {@code channel}. */
    public void subscribe(String channel, Consumer<String> listener) {
        if (listeners == null) {
            return;
        }
        listeners.addMessageListener((message, pattern) -> {
            String text = new String(message.getBody(), StandardCharsets.UTF_8);
            int space = text.indexOf(' ');
            if (space > 0 && !text.substring(0, space).equals(sender)) {
                listener.accept(text.substring(space + 1));
            }
        }, new ChannelTopic(channel));
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
    public void destroy() throws Exception {
        if (listeners != null) {
            listeners.destroy();
        }
    }
}
