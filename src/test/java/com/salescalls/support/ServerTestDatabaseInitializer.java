package com.salescalls.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of its own for {@link ServerIntegrationTest}: the fuzz and authorization suites store calls and users
 * that the tests of the shared {@link IntegrationTest} database must not see (some store their data only into an
 * empty database).
 */
class ServerTestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl("server")).applyTo(context);
    }
}
