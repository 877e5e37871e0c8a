package com.salescalls.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at this JVM's test database. An initializer rather than a configuration class, so
 * that component scanning never picks it up in tests that start the application themselves. A test class whose
 * assertions need the calls table to hold its own calls only sets {@value #OWN_DATABASE} (with
 * {@code @TestPropertySource}) and gets a database, and so a context, of its own.
 */
class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String OWN_DATABASE = "test.own-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String purpose = context.getEnvironment().getProperty(OWN_DATABASE, "");
        TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl(purpose)).applyTo(context);
    }
}
