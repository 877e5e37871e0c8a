package com.salescalls.coaching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The benchmark bands that nudges hold a call against (the README says where each default comes from).
 *
 * @param talkRatio             the agent's share of the words that is healthy, around {@code talkRatioTarget}
 * @param talkRatioTarget       the share top performers keep (Gong Labs: 43%)
 * @param questions             questions the agent asks in a call (Gong Labs: 11-14)
 * @param maxMonologueSeconds   longest uninterrupted agent stretch before the customer tunes out
 * @param minCustomerSentiment  customer sentiment below this is negative (VADER's neutral band ends at -0.05
 *                              and starts positive at +0.05)
 * @param maxSentimentDrop      a fall of customer sentiment from the first to the last quarter beyond this is a
 *                              call that went wrong
 * @param betterCallMargin      a similar call of another agent whose customer sentiment is this much higher is
 *                              named as the example to study
 * @param similarCallsConsidered similar calls searched for that example
 * @param wordsPerMinute        speaking pace assumed to turn words into seconds when a transcript has no timings
 */
@Validated
@ConfigurationProperties("app.coaching")
public record CoachingProperties(
        @NotNull @Valid Band talkRatio,
        @DecimalMin("0") @DecimalMax("1") double talkRatioTarget,
        @NotNull @Valid Band questions,
        @Positive double maxMonologueSeconds,
        @DecimalMin("-1") @DecimalMax("1") double minCustomerSentiment,
        @DecimalMin("0") @DecimalMax("2") double maxSentimentDrop,
        @DecimalMin("0") @DecimalMax("2") double betterCallMargin,
        @Min(1) @Max(50) int similarCallsConsidered,
        @Positive double wordsPerMinute) {

    /** An inclusive range of healthy values. */
    public record Band(double min, double max) {

        public Band {
            if (min > max) {
                throw new IllegalArgumentException("band min " + min + " is above max " + max);
            }
        }
    }
}
