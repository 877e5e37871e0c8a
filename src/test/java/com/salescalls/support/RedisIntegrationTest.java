package com.salescalls.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, but with the Redis cache ({@link TestRedis}), a database of its own (so its calls,
 * rollups and scheduled tasks are not shared with the other tests' context) and background work tuned to finish
 * within a test: fast polling, short retry waits and lock timeouts, a circuit that probes Redis after a second.
 * All tests with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "app.generator.demo-calls=0",
        TestIndex.PROPERTY,
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        "app.scheduler.polling-interval=100ms",
        "app.analytics.retries=2",
        "app.analytics.retry-backoff=300ms",
        "app.analytics.lock-timeout=300ms",
        "app.cache.open-for=1s",
        "app.cache.minimum-calls=3",
        // generous: these machines are shared and loaded; an outage still fails fast (commands are rejected)
        "app.cache.redis-timeout=5s",
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = RedisIntegrationTest.Initializer.class)
public @interface RedisIntegrationTest {

    /** Points the application at its own database and at the test Redis. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl("redis_"),
                    "app.platform.redis-url=" + TestRedis.url()).applyTo(context);
        }
    }
}
