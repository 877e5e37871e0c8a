package com.salescalls.webhooks;

import com.salescalls.platform.Refusal;

/** No webhook with this id. */
public class WebhookNotFound extends Refusal {

    public WebhookNotFound(Object webhookId) {
        super(Kind.NOT_FOUND, "Webhook not found", "Webhook '" + webhookId + "' not found");
    }
}
