package com.salescalls.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * The caches of {@link CacheNames}: in Redis (shared by every instance) when {@code REDIS_URL} is set, each behind
 * one circuit breaker and with a short-lived copy in each instance ({@link NearCache}); in-process (Caffeine)
 * otherwise. Only the named caches exist, so a misspelt name fails at
 * the first call instead of caching into nowhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

    private static final String KEY_PREFIX = "salescalls:cache:";
    private static final String EVICTIONS_PREFIX = "salescalls:cache-evictions:";

    @Bean
    CircuitBreaker redisCircuitBreaker(CacheProperties properties) {
        return CircuitBreaker.of("redis-cache", CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRatePercent())
                .minimumNumberOfCalls(properties.minimumCalls())
                .slidingWindowSize(Math.max(properties.minimumCalls(), 20))
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                // an unreadable entry says nothing about Redis being up
                .ignoreExceptions(SerializationException.class)
                .build());
    }

    @Bean
    CacheManager cacheManager(CacheProperties properties, ObjectProvider<RedisConnectionFactory> redis,
            CircuitBreaker redisCircuitBreaker, MeterRegistry registry, ClusterMessages messages) {
        RedisConnectionFactory factory = redis.getIfAvailable();
        SimpleCacheManager manager = new SimpleCacheManager();
        List<Cache> caches = factory == null ? inProcessCaches(properties)
                : redisCaches(factory, properties, redisCircuitBreaker).stream()
                        .map(shared -> properties.nearTtl().isZero() ? shared : new NearCache(shared,
                                properties.nearTtl(), (int) properties.maxEntries(), messages, EVICTIONS_PREFIX))
                        .toList();
        manager.setCaches(caches.stream().<Cache>map(cache -> new MeteredCache(cache, registry)).toList());
        return manager;
    }

    /** The circuit's state as {@code salescalls_cache_circuit_state{state}}: 1 for the state it is in, 0 else. */
    @Bean
    MeterBinder redisCircuitMetrics(CircuitBreaker redisCircuitBreaker) {
        return registry -> {
            for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
                Gauge.builder("salescalls.cache.circuit.state", redisCircuitBreaker,
                                breaker -> breaker.getState() == state ? 1 : 0)
                        .tag("name", redisCircuitBreaker.getName()).tag("state", state.name().toLowerCase())
                        .description("state of the circuit breaker around the Redis cache").register(registry);
            }
        };
    }

    @Bean
    CacheStatus cacheStatus(ObjectProvider<RedisConnectionFactory> redis, CircuitBreaker redisCircuitBreaker) {
        RedisConnectionFactory factory = redis.getIfAvailable();
        return factory == null ? CacheStatus.inProcess() : CacheStatus.redis(factory, redisCircuitBreaker);
    }

    private static Map<String, Duration> ttls(CacheProperties properties) {
        Map<String, Duration> ttls = new LinkedHashMap<>();
        ttls.put(CacheNames.ANALYTICS, properties.analyticsTtl());
        ttls.put(CacheNames.CALLS, properties.callsTtl());
        ttls.put(CacheNames.RECOMMENDATIONS, properties.recommendationsTtl());
        return ttls;
    }

    private static List<Cache> inProcessCaches(CacheProperties properties) {
        return ttls(properties).entrySet().stream()
                .<Cache>map(entry -> new CaffeineCache(entry.getKey(), Caffeine.newBuilder()
                        .expireAfterWrite(entry.getValue())
                        .maximumSize(properties.maxEntries())
                        .build(), false))
                .toList();
    }

    static List<Cache> redisCaches(RedisConnectionFactory factory, CacheProperties properties,
            CircuitBreaker breaker) {
        RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
                .disableCachingNullValues()
                .computePrefixWith(name -> KEY_PREFIX + name + "::")
                .serializeValuesWith(SerializationPair.fromSerializer(
                        new TypedJsonRedisSerializer(JsonMapper.builder().build())));
        Map<String, RedisCacheConfiguration> configurations = new LinkedHashMap<>();
        ttls(properties).forEach((name, ttl) -> configurations.put(name, defaults.entryTtl(ttl)));
        // SCAN rather than KEYS to clear a cache, so a big Redis is never blocked by it
        RedisCacheManager redis = RedisCacheManager.RedisCacheManagerBuilder
                .fromCacheWriter(RedisCacheWriter.nonLockingRedisCacheWriter(factory, BatchStrategies.scan(1000)))
                .cacheDefaults(defaults)
                .withInitialCacheConfigurations(configurations)
                .disableCreateOnMissingCache()
                .build();
        redis.initializeCaches();
        OutageRecovery recovery = new OutageRecovery(breaker);
        return configurations.keySet().stream()
                .<Cache>map(name -> new ResilientCache(redis.getCache(name), breaker, recovery))
                .toList();
    }
}
