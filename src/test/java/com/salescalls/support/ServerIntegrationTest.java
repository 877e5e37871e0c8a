package com.salescalls.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest} (real PostgreSQL, no background workers, in-process caches), on a database of its
 * own and behind a real
 * Tomcat at a random port: for tests of what the servlet container itself parses and refuses (raw request
 * lines, percent escapes, parameter limits) and for the fuzz and authorization suites that talk HTTP. All tests
 * with this annotation share one application context, on a database of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.generator.demo-calls=0",
        "app.analysis.workers=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        TestIndex.PROPERTY,
        "server.shutdown=immediate",
        // the fuzz and authorization suites post far more than a client would in a minute
        "app.calls.ingest-requests-per-minute=1000000",
        "app.identity.login-address-attempts=1000000",
        "app.identity.login-user-attempts=1000000",
        // webhooks may name loopback targets here, and nothing is ever sent from this context
        "app.webhooks.allow-private=true",
        "app.webhooks.enabled=false",
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = ServerTestDatabaseInitializer.class)
public @interface ServerIntegrationTest {
}
