package com.salescalls.identity;

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
 * Carries {@link CallerCache} evictions to the other instances: with {@code REDIS_URL}, each is published on the
 * channel {@code CALLER_CACHE_CHANNEL} and applied by every instance subscribed to it (this one skips its own);
 * without Redis there are no other instances to tell. A lost message (Redis away at that moment) leaves a stale
 * entry for at most the cache's TTL.
 */
@Component
class CallerEvictions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CallerEvictions.class);

    /** What to evict: every entry of a user, or of one session. */
    record Eviction(@Nullable Long userId, @Nullable UUID session) {

        static Eviction user(long userId) {
            return new Eviction(userId, null);
        }

        static Eviction session(UUID session) {
            return new Eviction(null, session);
        }

        String wire() {
            return userId != null ? "user:" + userId : "session:" + session;
        }

        static @Nullable Eviction parse(String wire) {
            try {
                if (wire.startsWith("user:")) {
                    return user(Long.parseLong(wire.substring("user:".length())));
                }
                if (wire.startsWith("session:")) {
                    return session(UUID.fromString(wire.substring("session:".length())));
                }
            } catch (IllegalArgumentException e) {
                // not ours: ignored below
            }
            return null;
        }
    }

    /** Tells this instance's messages from the others' on the shared channel. */
    private final String sender = UUID.randomUUID().toString();
    private final String channel;
    private final @Nullable StringRedisTemplate redis;
    private final @Nullable RedisMessageListenerContainer listeners;
    private volatile Consumer<Eviction> remote = eviction -> {
    };

    CallerEvictions(IdentityProperties identity, ObjectProvider<RedisConnectionFactory> redisFactory) {
        this.channel = identity.callerCache().channel();
        RedisConnectionFactory factory = redisFactory.getIfAvailable();
        if (factory == null) {
            this.redis = null;
            this.listeners = null;
            return;
        }
        this.redis = new StringRedisTemplate(factory);
        this.listeners = new RedisMessageListenerContainer();
        listeners.setConnectionFactory(factory);
        listeners.addMessageListener((message, pattern) -> received(new String(message.getBody(),
                StandardCharsets.UTF_8)), new ChannelTopic(channel));
        listeners.afterPropertiesSet();
        listeners.start();
    }

    void onRemote(Consumer<Eviction> apply) {
        this.remote = apply;
    }

    void publish(Eviction eviction) {
        if (redis == null) {
            return;
        }
        try {
            redis.convertAndSend(channel, sender + " " + eviction.wire());
        } catch (RuntimeException e) {
            log.warn("Could not tell the other instances to evict cached caller {} ({}); their entries expire within"
                    + " the caller cache's TTL", eviction.wire(), e.toString());
        }
    }

    private void received(String message) {
        int space = message.indexOf(' ');
        if (space < 0 || message.substring(0, space).equals(sender)) {
            return;
        }
        Eviction eviction = Eviction.parse(message.substring(space + 1));
        if (eviction != null) {
            remote.accept(eviction);
        }
    }

    @Override
    public void destroy() throws Exception {
        if (listeners != null) {
            listeners.destroy();
        }
    }
}
