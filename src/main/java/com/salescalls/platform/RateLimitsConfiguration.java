package com.salescalls.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate-limit buckets: shared through Redis when {@code REDIS_URL} is set, per instance otherwise. */
@Configuration(proxyBeanMethods = false)
class RateLimitsConfiguration {

    @Bean(destroyMethod = "close")
    RateLimits rateLimits(PlatformProperties platform, CacheProperties cache) {
        return platform.redisConfigured() ? RateLimits.redis(platform.redisUrl(), cache.redisTimeout())
                : RateLimits.inProcess();
    }
}
