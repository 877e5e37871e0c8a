package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

    // texts on which the two scorers disagree, so a score tells which one the analyser uses
    private static final List<String> TEXTS = List.of("The price is not too bad, honestly.",
            "I guess we could maybe look at it next quarter.", "This is a disaster and a waste of money!");

    @Test
    void learnedModelScoresWhenConfigured() {
        runner.withPropertyValues("app.insights.sentiment-model=learned").run(context -> {
            double[] expected = LearnedScorer.fromClasspath(context.getBean(EmbeddingEncoder.class)).scoreAll(TEXTS);
            assertThat(context.getBean(SentimentAnalyzer.class).scoreAll(TEXTS)).containsExactly(expected)
                    .isNotEqualTo(LexiconScorer.fromClasspath().scoreAll(TEXTS));
        });
    }

    @Test
    void lexiconModelStaysSelectable() {
        runner.withPropertyValues("app.insights.sentiment-model=lexicon").run(context ->
                assertThat(context.getBean(SentimentAnalyzer.class).scoreAll(TEXTS))
                        .containsExactly(LexiconScorer.fromClasspath().scoreAll(TEXTS)));
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
