package com.salescalls.identity;

import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.salescalls.platform.ClusterMessages;

/**
 * Carries {@link CallerCache} evictions to the other instances: each is published on the channel
 * {@code CALLER_CACHE_CHANNEL} ({@link ClusterMessages}: Redis pub/sub with {@code REDIS_URL}) and applied by every
 * other instance. A lost message (Redis away at that moment) leaves a stale entry for at most the cache's TTL.
 */
@Component
class CallerEvictions {

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

    private final ClusterMessages messages;
    private final String channel;
    private volatile Consumer<Eviction> remote = eviction -> {
    };

    CallerEvictions(IdentityProperties identity, ClusterMessages messages) {
        this.messages = messages;
        this.channel = identity.callerCache().channel();
        messages.subscribe(channel, wire -> {
            Eviction eviction = Eviction.parse(wire);
            if (eviction != null) {
                remote.accept(eviction);
            }
        });
    }

    void onRemote(Consumer<Eviction> apply) {
        this.remote = apply;
    }

    void publish(Eviction eviction) {
        messages.publish(channel, eviction.wire());
    }
}
