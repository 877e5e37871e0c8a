package com.salescalls.dashboard;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.support.TestDatabase;

/**
 * A database of the browser tests' own, so that what the pages show (the leaderboard, the calls list) is exactly
 * the calls these tests stored, whatever other test classes of the JVM store in theirs.
 */
class DashboardTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl("dashboard")).applyTo(context);
    }
}
