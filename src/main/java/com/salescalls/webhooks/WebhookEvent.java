package com.salescalls.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a webhook can subscribe to. */
public enum WebhookEvent {
    CALL_ANALYZED("call.analyzed"),
    CALL_FAILED("call.failed"),
    LIVE_ALERT("live.alert"),
    ANALYTICS_RECALCULATED("analytics.recalculated");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> fromWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(WebhookEvent::wireName).toList();
    }
}
