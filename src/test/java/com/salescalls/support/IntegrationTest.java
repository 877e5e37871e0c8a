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
 * The whole application against a real PostgreSQL ({@link TestDatabase}), with MockMvc and the
 * {@link Api} helper. All tests with this annotation share one application context. No background analysis
 * workers run: a test that needs stored calls analysed calls {@code AnalysisService.awaitAnalysis}, which runs the
 * same pipeline code on the test's thread, so results never depend on timing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "app.generator.demo-calls=0",
        "app.analysis.workers=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        TestIndex.PROPERTY,
        // small enough that CsvExportIntegrationTest can store more calls than an export may hold
        "app.csv.max-rows=" + IntegrationTest.CSV_MAX_ROWS,
        // the webhook tests deliver to a receiver on 127.0.0.1, and see retries and disabling in seconds
        "app.webhooks.allow-private=true",
        "app.webhooks.initial-backoff=200ms",
        "app.webhooks.poll-interval=100ms",
        "app.webhooks.disable-after=2s",
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {

    int CSV_MAX_ROWS = 40;
}
