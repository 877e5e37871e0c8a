package com.salescalls.live;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the live WebSocket endpoints and the thresholds of their alerts.
 *
 * @param maxMessageSize        largest inbound message answered normally; up to 4x that gets an error message,
 *                              beyond it the server closes the connection (1009)
 * @param messagesPerSecond     inbound messages per second per connection (refilled steadily)
 * @param messageBurst          inbound messages a connection may send at once
 * @param maxConnectionsPerUser open WebSocket connections per user (on all instances together with Redis)
 * @param idleTimeout           a producer that sends nothing, or a subscriber that is sent nothing, for this long
 *                              is closed (4408)
 * @param pingInterval          how often each connection is pinged; no pong for two intervals closes it
 * @param maxUtterances         utterances one live call may have
 * @param sendBuffer            messages queued for one connection; a subscriber that falls further behind is
 *                              closed (1013) so that it cannot hold up the call
 * @param redisPrefix           prefix of the Redis keys and channel, so several deployments can share a Redis
 * @param alerts                when alerts fire
 */
@Validated
@ConfigurationProperties("app.live")
record LiveProperties(
        @NotNull DataSize maxMessageSize,
        @Min(1) int messagesPerSecond,
        @Min(1) int messageBurst,
        @Min(1) int maxConnectionsPerUser,
        @NotNull Duration idleTimeout,
        @NotNull Duration pingInterval,
        @Min(1) int maxUtterances,
        @Min(16) int sendBuffer,
        @NotBlank String redisPrefix,
        @Valid @NotNull Alerts alerts) {

    /**
     * @param customerSentimentBelow the rolling customer sentiment under which an alert fires (again only after
     *                               it has recovered above)
     * @param rollingWindow          customer utterances in the rolling mean
     * @param monologueWords         agent words in one uninterrupted stretch that make a monologue alert
     * @param monologueDuration      or the stretch's length, when utterances are timed
     * @param competitors            names whose mention raises an alert (whole words, any case)
     * @param talkRatioMin           lower end of the healthy agent talk ratio
     * @param talkRatioMax           upper end
     * @param talkRatioMinWords      words spoken before the talk ratio is judged at all
     */
    record Alerts(
            @DecimalMin("-1.0") @DecimalMax("1.0") double customerSentimentBelow,
            @Min(1) int rollingWindow,
            @Min(1) int monologueWords,
            @NotNull Duration monologueDuration,
            @NotNull List<String> competitors,
            @DecimalMin("0.0") @DecimalMax("1.0") double talkRatioMin,
            @DecimalMin("0.0") @DecimalMax("1.0") double talkRatioMax,
            @Min(0) int talkRatioMinWords) {
    }
}
