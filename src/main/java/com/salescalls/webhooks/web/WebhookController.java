package com.salescalls.webhooks.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.InvalidParameters;
import com.salescalls.webhooks.CreatedWebhook;
import com.salescalls.webhooks.Delivery;
import com.salescalls.webhooks.Webhook;
import com.salescalls.webhooks.WebhookService;

/** Webhook subscriptions and their delivery history; the security configuration lets only admins reach them. */
@RestController
@Tag(name = "webhooks")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    record NewWebhook(@Nullable String url, @Nullable List<@Nullable String> events, @Nullable String secret) {
    }

    record WebhookView(UUID webhookId, String url, List<String> events, @Nullable String createdBy,
                       OffsetDateTime createdAt, @Nullable OffsetDateTime failingSince,
                       @Nullable OffsetDateTime disabledAt, @Nullable String disabledReason,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secret) {

        static WebhookView of(Webhook w, @Nullable String secret) {
            return new WebhookView(w.webhookId(), w.url(), w.events(), w.createdBy(), w.createdAt(), w.failingSince(),
                    w.disabledAt(), w.disabledReason(), secret);
        }
    }

    record WebhookList(List<WebhookView> webhooks) {
    }

    record DeliveryList(List<Delivery> deliveries, long total, int limit, int offset) {
    }

    @PostMapping(path = "/api/v1/webhooks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Subscribe a URL to events (admin only): 201 with the signing secret, shown this once")
    ResponseEntity<WebhookView> create(@AuthenticationPrincipal CurrentUser caller, @RequestBody NewWebhook body) {
        CreatedWebhook created = webhooks.create(body.url(), body.events(), body.secret(), caller.username());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.webhook().webhookId()))
                .body(WebhookView.of(created.webhook(), created.secret()));
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "Every webhook, with its failing and disabled state (admin only)")
    WebhookList list() {
        return new WebhookList(webhooks.list().stream().map(w -> WebhookView.of(w, null)).toList());
    }

    @GetMapping("/api/v1/webhooks/{webhook_id}")
    @Operation(summary = "One webhook (admin only)")
    WebhookView get(@PathVariable("webhook_id") String webhookId) {
        return WebhookView.of(webhooks.get(id(webhookId)), null);
    }

    @DeleteMapping("/api/v1/webhooks/{webhook_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a webhook with its queued deliveries and history (admin only)")
    void delete(@PathVariable("webhook_id") String webhookId) {
        webhooks.delete(id(webhookId));
    }

    @PostMapping("/api/v1/webhooks/{webhook_id}/enable")
    @Operation(summary = "Turn a disabled webhook on again (admin only): new events are delivered from now on; "
            + "the deliveries given up when it was disabled stay failed")
    WebhookView enable(@PathVariable("webhook_id") String webhookId) {
        return WebhookView.of(webhooks.enable(id(webhookId)), null);
    }

    @GetMapping("/api/v1/webhooks/{webhook_id}/deliveries")
    @Operation(summary = "A webhook's deliveries, newest first, with attempts, last status and error (admin only)")
    DeliveryList deliveries(@PathVariable("webhook_id") String webhookId,
            @RequestParam(name = "state", required = false)
            @Pattern(regexp = "pending|delivered|failed", message = "must be pending, delivered or failed")
            @Nullable String state,
            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(name = "offset", defaultValue = "0") @Min(0) @Max(1_000_000) int offset) {
        WebhookService.DeliveryPage page = webhooks.deliveries(id(webhookId), state, limit, offset);
        return new DeliveryList(page.deliveries(), page.total(), limit, offset);
    }

    private static UUID id(String webhookId) {
        try {
            return UUID.fromString(webhookId);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameters("webhook_id", "must be a UUID");
        }
    }
}
