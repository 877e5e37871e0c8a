package com.salescalls.coaching;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.platform.CacheNames;

/**
 * Once an analysis is committed, cached recommendations are stale: a newly analysed call may be a better
 * neighbour of any call, and a re-analysed one has new figures. Cleared off the pipeline's thread.
 */
@Component
class AnalyzedCallsEviction {

    static final String NAME = "coaching.recommendations";

    private final CacheManager caches;
    private final AsyncListeners listeners;

    AnalyzedCallsEviction(CacheManager caches, AsyncListeners listeners) {
        this.caches = caches;
        this.listeners = listeners;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallsAnalyzed analyzed) {
        listeners.submit(NAME, () -> caches.getCache(CacheNames.RECOMMENDATIONS).clear());
    }
}
