package com.salescalls.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event for one webhook, and how its delivery went.
 *
 * @param eventId the event's id, the same in every webhook's delivery of it and in every retry
 *                ({@code X-Webhook-Id}); receivers drop an id they have seen
 * @param state   {@code pending} (queued or retrying), {@code delivered}, or {@code failed} (given up)
 */
public record Delivery(UUID deliveryId, UUID webhookId, UUID eventId, String event, String state, int attempts,
                       OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, @Nullable OffsetDateTime lastAttemptAt,
                       @Nullable Integer lastStatus, @Nullable String lastError,
                       @Nullable OffsetDateTime deliveredAt) {
}
