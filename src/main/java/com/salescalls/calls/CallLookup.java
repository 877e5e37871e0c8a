package com.salescalls.calls;

import java.util.Optional;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.salescalls.platform.AsyncListeners;
import com.salescalls.platform.CacheNames;
import com.salescalls.platform.ReplicaRouting;

/**
 * Call detail by id through the {@link CacheNames#CALLS} cache. The cached lookup knows nothing of the caller, so
 * one entry serves everyone and the caller's scope is applied after it; entries are evicted once a new analysis (or a
 * final failure) of the call is committed, off the pipeline's thread ({@link AsyncListeners}).
 */
@Component
class CallLookup {

    private static final String WITH_EMBEDDING = "+embedding";

    private final CallRepository calls;
    private final Cache cache;
    private final AsyncListeners listeners;

    CallLookup(CallRepository calls, CacheManager caches, AsyncListeners listeners) {
        this.calls = calls;
        this.cache = caches.getCache(CacheNames.CALLS);
        this.listeners = listeners;
    }

    // A pending call is not cached: a read that began before its analysis committed could otherwise put the
    // pending state back after the eviction and keep it for the whole TTL (seen with two instances behind nginx
    // and a client polling for the analysis). Pending calls are read from the database until they are analysed.
    // The cache is used directly rather than through @Cacheable, whose key and condition expressions cost the
    // detail, the hottest read, about a tenth of its time; a fill reads the primary (ReplicaRouting), as
    // ReadYourWritesAdvisor makes every @Cacheable fill do.
    public Optional<Call> find(String callId, boolean withEmbedding) {
        String key = withEmbedding ? callId + WITH_EMBEDDING : callId;
        Cache.ValueWrapper cached = cache.get(key);
        if (cached != null && cached.get() instanceof Call call) {
            return Optional.of(call);
        }
        Optional<Call> found = ReplicaRouting.onPrimary(() -> calls.find(callId, withEmbedding));
        found.filter(call -> !call.analysisStatus().equals("pending")).ifPresent(call -> cache.put(key, call));
        return found;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void evict(CallsAnalyzed analyzed) {
        listeners.submit("calls.detail-cache", () -> analyzed.callIds().forEach(this::evict));
    }

    // a detail cached while the call was pending must not outlive its failure
    @TransactionalEventListener(fallbackExecution = true)
    public void evict(CallAnalysisFailed failed) {
        listeners.submit("calls.detail-cache", () -> evict(failed.callId()));
    }

    private void evict(String callId) {
        cache.evict(callId);
        cache.evict(callId + WITH_EMBEDDING);
    }
}
