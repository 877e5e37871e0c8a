package com.salescalls.analytics;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.platform.CacheNames;

/**
 * Once an analysis is committed: the rollups of its agent-days are recomputed, then the cached leaderboards and
 * trends are cleared (after the rollups, so a reader cannot cache the old figures again). Both run off the
 * pipeline's thread ({@link AsyncListeners}); a failure is logged and counted there, and leaves the rollups as they
 * were until the next refresh of that day or the nightly rebuild.
 */
@Component
class AnalyzedCallsListener {

    static final String NAME = "analytics.rollups";

    private final RollupService rollups;
    private final CacheManager caches;
    private final AsyncListeners listeners;

    AnalyzedCallsListener(RollupService rollups, CacheManager caches, AsyncListeners listeners) {
        this.rollups = rollups;
        this.caches = caches;
        this.listeners = listeners;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallsAnalyzed analyzed) {
        listeners.submit(NAME, () -> refresh(analyzed));
    }

    private void refresh(CallsAnalyzed analyzed) {
        try {
            rollups.refresh(analyzed.callIds());
        } finally {
            // the figures a reader may have cached are stale either way
            caches.getCache(CacheNames.ANALYTICS).clear();
        }
    }
}
