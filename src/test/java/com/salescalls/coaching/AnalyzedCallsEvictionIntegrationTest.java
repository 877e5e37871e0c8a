package com.salescalls.coaching;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;

import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.platform.CacheNames;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each module clears its own cache when an analysis is committed: coaching its recommendations, analytics its figures. */
@IntegrationTest
class AnalyzedCallsEvictionIntegrationTest {

    @Autowired
    CacheManager caches;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AsyncListeners listeners;

    @Test
    void anAnalysedCallClearsTheCachedRecommendationsAndFigures() {
        caches.getCache(CacheNames.RECOMMENDATIONS).put("CALL_00000001:5:all", "stale recommendations");
        caches.getCache(CacheNames.ANALYTICS).put("leaderboard", "stale figures");

        events.publishEvent(new CallsAnalyzed(List.of("CALL_00000002")));

        assertThat(listeners.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(caches.getCache(CacheNames.RECOMMENDATIONS).get("CALL_00000001:5:all")).isNull();
        assertThat(caches.getCache(CacheNames.ANALYTICS).get("leaderboard")).isNull();
    }
}
