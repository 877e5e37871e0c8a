package com.salescalls.insights;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param sentimentModel the analyser behind every sentiment score ({@code SENTIMENT_MODEL}: {@code learned}, the
 *                       default, or {@code lexicon}); see the README's "Sentiment" section for their accuracy
 */
@Validated
@ConfigurationProperties("app.insights")
record InsightsProperties(@NotNull SentimentModel sentimentModel) {
}
