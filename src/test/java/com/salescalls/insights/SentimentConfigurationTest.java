package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SentimentConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InsightsProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, SentimentConfiguration.class, EmbeddingEncoder.class);

    @Test
    void learnedModelScoresWhenConfigured() {
        runner.withPropertyValues("app.insights.sentiment-model=learned").run(context ->
                assertThat(context.getBean(SentimentAnalyzer.class).scorer()).isInstanceOf(LearnedScorer.class));
    }

    @Test
    void lexiconModelStaysSelectable() {
        runner.withPropertyValues("app.insights.sentiment-model=lexicon").run(context ->
                assertThat(context.getBean(SentimentAnalyzer.class).scorer()).isInstanceOf(LexiconScorer.class));
    }

    @Test
    void unknownModelStopsTheStart() {
        runner.withPropertyValues("app.insights.sentiment-model=afinn").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void missingModelStopsTheStart() {
        runner.run(context -> assertThat(context).hasFailed());
    }
}
