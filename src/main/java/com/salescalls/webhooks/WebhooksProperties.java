package com.salescalls.webhooks;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of webhook delivery.
 *
 * @param enabled        this instance delivers ({@code WEBHOOK_DELIVERY_ENABLED}); events are queued either way
 * @param allowPrivate   targets in private, loopback and link-local ranges are accepted
 *                       ({@code WEBHOOK_ALLOW_PRIVATE}; for tests and closed networks only)
 * @param timeout        connect and response time allowed to a receiver ({@code WEBHOOK_TIMEOUT})
 * @param initialBackoff wait before the first retry, doubled after each failure up to {@code maxBackoff}
 * @param maxBackoff     longest wait between two attempts
 * @param retryFor       how long a delivery is retried before it is given up as failed ({@code WEBHOOK_RETRY_FOR})
 * @param disableAfter   an endpoint failing without a success for this long is disabled
 *                       ({@code WEBHOOK_DISABLE_AFTER})
 * @param lease          how long a claim holds a delivery; a crashed instance's deliveries are retried after it
 * @param pollInterval   how often an idle instance looks for due deliveries
 * @param batchSize      deliveries one instance claims at a time (sent concurrently)
 * @param maxWebhooks    subscriptions that may exist in all
 * @param replayWindow   how old a signature's timestamp a receiver should accept (documented; sent in no header)
 */
@Validated
@ConfigurationProperties("app.webhooks")
public record WebhooksProperties(
        boolean enabled,
        boolean allowPrivate,
        @NotNull Duration timeout,
        @NotNull Duration initialBackoff,
        @NotNull Duration maxBackoff,
        @NotNull Duration retryFor,
        @NotNull Duration disableAfter,
        @NotNull Duration lease,
        @NotNull Duration pollInterval,
        @Min(1) @Max(500) int batchSize,
        @Min(1) @Max(10_000) int maxWebhooks,
        @NotNull Duration replayWindow) {
}
