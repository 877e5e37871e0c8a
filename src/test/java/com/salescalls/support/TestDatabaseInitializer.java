package com.salescalls.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at this JVM's test database. An initializer rather than a configuration class, so
 * that component scanning never picks it up in tests that start the application themselves.
 */
class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl()).applyTo(context);
    }
}
