package com.salescalls.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.Cache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.platform.CacheNames;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Without REDIS_URL the same caches live in-process, and analysed calls clear them the same way. */
@IntegrationTest
class InProcessCacheIntegrationTest {

    @Autowired
    AsyncListeners listeners;

    @Autowired
    Api api;

    @Autowired
    CacheManager caches;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    @SuppressWarnings("unchecked")
    void leaderboardIsCachedInProcessUntilCallsAreAnalysed() {
        assertThat(api.get("/health").body().get("cache").asString()).isEqualTo("in-process");
        Cache analytics = caches.getCache(CacheNames.ANALYTICS);
        analytics.clear();
        Map<Object, Object> entries = ((com.github.benmanes.caffeine.cache.Cache<Object, Object>) analytics.getNativeCache()).asMap();
        String token = api.tokenFor("in-process-cache-reader", "password-1");
        Api.Response first = api.get("/api/v1/analytics/agents?from_date=2026-01-01", token);
        assertThat(first.status()).isEqualTo(200);
        assertThat(entries).containsKey("leaderboard:2026-01-01:null");
        assertThat(api.get("/api/v1/analytics/agents?from_date=2026-01-01", token).body().get("generated_at"))
                .isEqualTo(first.body().get("generated_at"));

        transactions.executeWithoutResult(status -> events.publishEvent(new CallsAnalyzed(List.of("no-such-call"))));
        assertThat(listeners.awaitIdle(Duration.ofSeconds(30))).isTrue(); // cleared after commit, off this thread
        assertThat(entries).isEmpty();
        assertThat(caches.getCache("no-such-cache")).isNull();
    }
}
