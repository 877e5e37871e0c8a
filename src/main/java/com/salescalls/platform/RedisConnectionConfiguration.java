package com.salescalls.platform;

import io.lettuce.core.RedisURI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
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
    LettuceConnectionFactory redisConnectionFactory(PlatformProperties properties) {
        RedisURI uri = RedisURI.create(properties.redisUrl());
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        standalone.setDatabase(uri.getDatabase());
        if (uri.getUsername() != null) {
            standalone.setUsername(uri.getUsername());
        }
        if (uri.getPassword() != null) {
            standalone.setPassword(uri.getPassword());
        }
        return new LettuceConnectionFactory(standalone);
    }

    @Bean
    StringRedisTemplate stringRedisTemplate(LettuceConnectionFactory connectionFactory) {
        return new StringRedisTemplate(connectionFactory);
    }
}
