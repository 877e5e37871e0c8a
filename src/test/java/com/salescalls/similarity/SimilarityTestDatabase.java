package com.salescalls.similarity;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.support.TestDatabase;

/** A database of its own for the similarity tests, whose calls would disturb the shared database's counts. */
class SimilarityTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("app.platform.database-url=" + TestDatabase.libpqUrl("similarity")).applyTo(context);
    }
}
