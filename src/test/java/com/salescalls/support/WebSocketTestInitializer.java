package com.salescalls.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** This JVM's test database and test Redis, with Redis keys under a prefix of this JVM's own. */
class WebSocketTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "app.platform.database-url=" + TestDatabase.libpqUrl(),
                "app.platform.redis-url=" + TestRedis.url(),
                "app.live.redis-prefix=" + SecondInstance.redisPrefix()).applyTo(context);
    }
}
