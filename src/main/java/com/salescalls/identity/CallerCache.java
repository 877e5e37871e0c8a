package com.salescalls.identity;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The caller of an access token (its user while the token's session lives and the user may log in), kept for at
 * most {@code CALLER_CACHE_TTL} so that a request does not read PostgreSQL for it each time. Every change that could
 * alter the answer ends the entry at once: a role or agent change, disabling, a password change (by user), a
 * revoked session (logout, refresh-token reuse, by session). The eviction happens when the change is made, again
 * after its transaction commits (a request that read the old row in between cannot keep it), and, through
 * {@link CallerEvictions}, on every other instance (Redis pub/sub with {@code REDIS_URL}). A lookup started before an
 * eviction never stores its answer ({@link #generation}). Refusals are never cached: an unknown or revoked caller is
 * read from the database each time.
 */
@Component
class CallerCache {

    record Key(String subject, UUID session) {
    }

    private final Cache<Key, UserAccount> entries;
    private final CallerEvictions evictions;
    /** Bumped by every eviction: a lookup stores its answer only if none happened while it ran. */
    private final AtomicLong generation = new AtomicLong();

    CallerCache(IdentityProperties identity, CallerEvictions evictions) {
        this.entries = Caffeine.newBuilder().maximumSize(identity.callerCache().maxEntries())
                .expireAfterWrite(identity.callerCache().ttl()).build();
        this.evictions = evictions;
        evictions.onRemote(this::apply);
    }

    /** The caller from the cache, or from {@code load} (stored only when found and nothing was evicted meanwhile). */
    Optional<UserAccount> find(String subject, UUID session, Supplier<Optional<UserAccount>> load) {
        Key key = new Key(subject, session);
        UserAccount cached = entries.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<UserAccount> loaded = load.get();
        if (loaded.isPresent() && generation.get() == before) {
            entries.asMap().putIfAbsent(key, loaded.get());
            if (generation.get() != before) {
                entries.invalidate(key);
            }
        }
        return loaded;
    }

    /** The user's role, agent, state or password changed, or all its sessions were revoked. */
    void userChanged(long userId) {
        changed(CallerEvictions.Eviction.user(userId));
    }

    /** One session was revoked. */
    void sessionEnded(UUID session) {
        changed(CallerEvictions.Eviction.session(session));
    }

    private void changed(CallerEvictions.Eviction eviction) {
        apply(eviction);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    apply(eviction);
                    evictions.publish(eviction);
                }
            });
        } else {
            evictions.publish(eviction);
        }
    }

    void apply(CallerEvictions.Eviction eviction) {
        generation.incrementAndGet();
        if (eviction.userId() != null) {
            entries.asMap().values().removeIf(account -> account.id() == eviction.userId());
        }
        if (eviction.session() != null) {
            entries.asMap().keySet().removeIf(key -> key.session().equals(eviction.session()));
        }
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
