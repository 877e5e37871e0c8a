package com.salescalls.platform;

import java.util.concurrent.atomic.AtomicBoolean;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's parts of {@code /health/ready}: the schema is at this build's latest migration, and the caches
 * answer. A degraded Redis keeps the instance ready (reads then go to PostgreSQL), otherwise every instance would
 * leave the balancer at once when Redis goes away.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessIndicators {

    @Bean
    HealthIndicator migrationsHealthIndicator(ObjectProvider<Flyway> flyway) {
        AtomicBoolean migrated = new AtomicBoolean();
        return () -> {
            if (migrated.get()) {
                return Health.up().build();
            }
            Flyway migrations = flyway.getIfAvailable();
            if (migrations == null) {
                return Health.unknown().withDetail("state", "no Flyway").build();
            }
            MigrationInfo[] pending = migrations.info().pending();
            if (pending.length > 0) {
                return Health.outOfService().withDetail("pending", pending.length).build();
            }
            migrated.set(true);
            return Health.up().build();
        };
    }

    @Bean
    HealthIndicator cacheHealthIndicator(CacheManager caches, CacheStatus status) {
        return () -> {
            for (String name : caches.getCacheNames()) {
                Cache cache = caches.getCache(name);
                if (cache == null) {
                    return Health.down().withDetail("missing", name).build();
                }
                cache.get("readiness-probe"); // a miss, or a Redis failure the cache turns into one
            }
            return Health.up().withDetail("state", status.describe()).build();
        };
    }
}
