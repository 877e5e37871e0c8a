package com.salescalls.platform;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis connection, made only when {@code REDIS_URL} is set: without it the product runs on in-process
 * fallbacks and never tries to reach a Redis. (Boot's own Redis auto-configuration is excluded in
 * application.yml because it would connect to localhost:6379 by default.) Modules that can use Redis ask for
 * an {@code ObjectProvider<RedisConnectionFactory>} and fall back when it is empty.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${app.platform.redis-url:}'.isBlank()")
class RedisConnectionConfiguration {

    @Bean
    LettuceConnectionFactory redisConnectionFactory(PlatformProperties properties, CacheProperties cache) {
        RedisURI uri = RedisURI.create(properties.redisUrl());
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        standalone.setDatabase(uri.getDatabase());
        if (uri.getUsername() != null) {
            standalone.setUsername(uri.getUsername());
        }
        if (uri.getPassword() != null) {
            standalone.setPassword(uri.getPassword());
        }
        // Fail fast while Redis is away (instead of queueing commands until they time out), so that the cache's
        // circuit breaker sees the outage at once and requests fall back to PostgreSQL without waiting.
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .commandTimeout(cache.redisTimeout())
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(SocketOptions.builder().connectTimeout(cache.redisConnectTimeout()).build())
                        .build())
                .build();
        return new LettuceConnectionFactory(standalone, client);
    }

    @Bean
    StringRedisTemplate stringRedisTemplate(LettuceConnectionFactory connectionFactory) {
        return new StringRedisTemplate(connectionFactory);
    }
}
