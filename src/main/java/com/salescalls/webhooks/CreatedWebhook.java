package com.salescalls.webhooks;

/** A new subscription and its signing secret, which is shown this once. */
public record CreatedWebhook(Webhook webhook, String secret) {
}
