package com.salescalls.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.platform.CacheNames;

/**
 * Once an analysis is committed: the rollups of its agent-days are recomputed, then the caches that depend on
 * analysed calls are cleared (after the rollups, so a reader cannot cache the old figures again). A failure here
 * is logged and leaves the rollups as they were until the next refresh of that day or the nightly rebuild.
 */
@Component
class AnalyzedCallsListener {

    private static final Logger log = LoggerFactory.getLogger(AnalyzedCallsListener.class);

    private final RollupService rollups;
    private final CacheManager caches;

    AnalyzedCallsListener(RollupService rollups, CacheManager caches) {
        this.rollups = rollups;
        this.caches = caches;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallsAnalyzed analyzed) {
        try {
            rollups.refresh(analyzed.callIds());
        } catch (RuntimeException e) {
            log.error("Rollups of {} analysed calls not refreshed; the nightly recalculation will repair them",
                    analyzed.callIds().size(), e);
        }
        caches.getCache(CacheNames.ANALYTICS).clear();
        caches.getCache(CacheNames.RECOMMENDATIONS).clear();
    }
}
