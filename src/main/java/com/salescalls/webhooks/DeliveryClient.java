package com.salescalls.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Sends one signed delivery. Redirects are not followed (a 3xx is a failure: a receiver could otherwise point the
 * service at an internal address after the target check); the response body is not read.
 */
final class DeliveryClient {

    /** How an attempt went: a 2xx is a success; anything else carries the status (if any) and why. */
    record Outcome(boolean delivered, @Nullable Integer status, @Nullable String error) {
    }

    private final HttpClient http;
    private final Duration timeout;
    private final TargetGuard guard;

    DeliveryClient(Duration timeout, TargetGuard guard) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.guard = guard;
    }

    Outcome send(DeliveryRepository.Claimed delivery, Instant now) {
        Optional<String> refused = guard.refusal(delivery.url());
        if (refused.isPresent()) {
            return new Outcome(false, null, "target refused: url " + refused.get());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "sales-call-analytics-webhooks")
                .header("X-Webhook-Id", delivery.eventId().toString())
                .header("X-Webhook-Event", delivery.event())
                .header("X-Webhook-Delivery", delivery.deliveryId().toString())
                .header("X-Webhook-Attempt", Integer.toString(delivery.attempts()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), now, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, status, null)
                    : new Outcome(false, status, status >= 300 && status < 400
                    ? "answered " + status + " (redirects are not followed)" : "answered " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted at shutdown");
        }
    }
}
