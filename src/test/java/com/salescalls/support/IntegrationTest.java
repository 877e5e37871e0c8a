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
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
