package com.salescalls.coaching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.coaching.CoachingProperties;

/**
 * The benchmark bands the nudges hold a call against, as configured ({@code app.coaching.*}), so that a client
 * drawing a call's metrics against them (the dashboard) uses the same figures as the nudges.
 */
@RestController
@Tag(name = "calls")
class CoachingBandsController {

    private final Bands bands;

    CoachingBandsController(CoachingProperties properties) {
        this.bands = new Bands(properties.talkRatio(), properties.talkRatioTarget(), properties.questions(),
                properties.maxMonologueSeconds(), properties.minCustomerSentiment(), properties.maxSentimentDrop(),
                properties.wordsPerMinute());
    }

    /** What a client needs of {@link CoachingProperties}; the nudges' search settings stay inside. */
    record Bands(CoachingProperties.Band talkRatio, double talkRatioTarget, CoachingProperties.Band questions,
            double maxMonologueSeconds, double minCustomerSentiment, double maxSentimentDrop,
            double wordsPerMinute) {
    }

    @GetMapping("/api/v1/coaching/bands")
    @Operation(summary = "The benchmark bands coaching nudges compare a call's metrics with (talk ratio, "
            + "questions, longest monologue, customer sentiment and its fall over the call)")
    Bands bands() {
        return bands;
    }
}
