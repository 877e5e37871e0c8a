package com.salescalls.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A test database and the test Redis of this JVM, with Redis keys under a prefix of this JVM's own. The database is
 * not {@link IntegrationTest}'s: these contexts run analysis workers, which would take the calls that those tests
 * queue and analyse on their own thread.
 */
class WebSocketTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static String database() {
        return TestDatabase.libpqUrl("websocket_");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "app.platform.database-url=" + database(),
                "app.platform.redis-url=" + TestRedis.url(),
                "app.live.redis-prefix=" + SecondInstance.redisPrefix()).applyTo(context);
    }
}
