package com.salescalls.webhooks;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.salescalls.platform.InvalidParameters;
import com.salescalls.platform.InvalidParameters.Violation;

/**
 * Webhook subscriptions, and the queue of their deliveries. {@link #enqueue} joins the caller's transaction, so
 * an event is queued exactly when what caused it commits.
 */
@Service
public class WebhookService {

    static final int MAX_URL_LENGTH = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One page of a webhook's deliveries, newest first. */
    public record DeliveryPage(List<Delivery> deliveries, long total) {
    }

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhooksProperties properties;
    private final TargetGuard guard;
    private final JsonMapper json;
    private final WebhookDispatcher dispatcher;

    WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, WebhooksProperties properties,
            JsonMapper json, WebhookDispatcher dispatcher) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.properties = properties;
        this.guard = new TargetGuard(properties.allowPrivate());
        this.json = json;
        this.dispatcher = dispatcher;
    }

    /** @throws InvalidParameters naming each bad field */
    @Transactional
    public CreatedWebhook create(@Nullable String url, @Nullable List<@Nullable String> events, @Nullable String secret,
            @Nullable String createdBy) {
        List<Violation> violations = new ArrayList<>();
        if (url == null || url.isBlank()) {
            violations.add(new Violation("url", "is required"));
        } else if (url.length() > MAX_URL_LENGTH) {
            violations.add(new Violation("url", "must be at most " + MAX_URL_LENGTH + " characters"));
        } else {
            guard.refusal(url.strip()).ifPresent(why -> violations.add(new Violation("url", why)));
        }
        if (events == null || events.isEmpty()) {
            violations.add(new Violation("events", "must list at least one of " + WebhookEvent.wireNames()));
        } else {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) == null || WebhookEvent.fromWireName(events.get(i)).isEmpty()) {
                    violations.add(new Violation("events[" + i + "]", "must be one of " + WebhookEvent.wireNames()));
                }
            }
        }
        if (secret != null && (secret.length() < 16 || secret.length() > 200 || secret.isBlank())) {
            violations.add(new Violation("secret", "must be 16-200 characters (or left out to have one made)"));
        }
        if (webhooks.count() >= properties.maxWebhooks()) {
            violations.add(new Violation("url", "at most " + properties.maxWebhooks() + " webhooks may exist"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        String key = secret != null ? secret : "whsec_" + HexFormat.of().formatHex(randomBytes());
        Webhook created = webhooks.insert(UUID.randomUUID(), url.strip(), events.stream().distinct().toList(), key,
                createdBy);
        return new CreatedWebhook(created, key);
    }

    @Transactional(readOnly = true)
    public List<Webhook> list() {
        return webhooks.findAll();
    }

    @Transactional(readOnly = true)
    public Webhook get(UUID id) {
        return webhooks.find(id).orElseThrow(() -> new WebhookNotFound(id));
    }

    /** Removes the webhook with its queue and history. */
    @Transactional
    public void delete(UUID id) {
        if (!webhooks.delete(id)) {
            throw new WebhookNotFound(id);
        }
    }

    /**
     * Turns a webhook on again, disabled or not, with a clean record: events from now on are queued and delivered,
     * and its failing time starts afresh. The deliveries given up when it was disabled stay failed (events queued
     * for nobody while it was off are not replayed); its history shows them.
     */
    @Transactional
    public Webhook enable(UUID id) {
        return webhooks.enable(id).orElseThrow(() -> new WebhookNotFound(id));
    }

    @Transactional(readOnly = true)
    public DeliveryPage deliveries(UUID id, @Nullable String state, int limit, int offset) {
        get(id);
        return new DeliveryPage(deliveries.page(id, state, limit, offset), deliveries.count(id, state));
    }

    /**
     * Queues the event for every enabled webhook subscribed to it, in the caller's transaction (or its own when
     * there is none). The body is fixed now: {@code {id, type, created_at, data}}.
     */
    @Transactional
    public void enqueue(WebhookEvent event, Map<String, ?> data) {
        enqueueAll(event, List.of(data));
    }

    /** {@link #enqueue} of many events of one kind, in one statement. */
    @Transactional
    public void enqueueAll(WebhookEvent event, List<? extends Map<String, ?>> data) {
        if (data.isEmpty()) {
            return;
        }
        String createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        List<UUID> ids = new ArrayList<>(data.size());
        List<String> bodies = new ArrayList<>(data.size());
        for (Map<String, ?> one : data) {
            UUID eventId = UUID.randomUUID();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", eventId.toString());
            body.put("type", event.wireName());
            body.put("created_at", createdAt);
            body.put("data", one);
            ids.add(eventId);
            bodies.add(json.writeValueAsString(body));
        }
        if (deliveries.enqueue(event, ids, bodies) > 0
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
