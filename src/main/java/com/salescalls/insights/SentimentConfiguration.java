package com.salescalls.insights;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the {@link SentimentAnalyzer} over the configured model. */
@Configuration(proxyBeanMethods = false)
class SentimentConfiguration {

    @Bean
    SentimentAnalyzer sentimentAnalyzer(InsightsProperties properties, EmbeddingEncoder encoder) {
        return new SentimentAnalyzer(switch (properties.sentimentModel()) {
            case LEARNED -> LearnedScorer.fromClasspath(encoder);
            case LEXICON -> LexiconScorer.fromClasspath();
        });
    }
}
