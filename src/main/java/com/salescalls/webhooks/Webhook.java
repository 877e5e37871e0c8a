package com.salescalls.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subscription. {@code failingSince} is the first failure since the last success; {@code disabledAt} is set
 * once it has failed for {@code WEBHOOK_DISABLE_AFTER}, with the reason.
 */
public record Webhook(UUID webhookId, String url, List<String> events, @Nullable String createdBy,
                      OffsetDateTime createdAt, @Nullable OffsetDateTime failingSince,
                      @Nullable OffsetDateTime disabledAt, @Nullable String disabledReason) {

    public Webhook {
        events = List.copyOf(events);
    }
}
