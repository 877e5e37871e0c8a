package com.salescalls.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The webhook_deliveries table: queueing in the caller's transaction, claims with {@code FOR UPDATE SKIP LOCKED}
 * and a lease, and outcomes recorded only by the claim that still holds the row (a delivery whose lease ran out
 * and was claimed again elsewhere is not overwritten by the late first sender).
 */
@Repository
class DeliveryRepository {

    /** A claimed delivery with what sending it needs. */
    record Claimed(UUID deliveryId, UUID webhookId, UUID eventId, String event, String payload, int attempts,
                   String url, String secret) {
    }

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One delivery per event and enabled webhook subscribed to its kind, in one statement whatever the number of
     * events (an analysis batch stores dozens of calls at once); returns how many rows were queued.
     */
    int enqueue(WebhookEvent event, List<UUID> eventIds, List<String> payloads) {
        return jdbc.sql("""
                        INSERT INTO webhook_deliveries (delivery_id, webhook_id, event_id, event, payload)
                        SELECT gen_random_uuid(), w.webhook_id, e.event_id, ?, e.payload
                          FROM webhooks w CROSS JOIN unnest(?::uuid[], ?::text[]) AS e(event_id, payload)
                         WHERE ? = ANY(w.events) AND w.disabled_at IS NULL""")
                .params(event.wireName(), eventIds.toArray(UUID[]::new), payloads.toArray(String[]::new),
                        event.wireName()).update();
    }

    List<Claimed> claim(UUID claimId, Duration lease, int limit) {
        return jdbc.sql("""
                        UPDATE webhook_deliveries d
                           SET claimed_by = ?, claim_expires_at = now() + ? * interval '1 millisecond',
                               attempts = d.attempts + 1, last_attempt_at = now()
                          FROM webhooks w
                         WHERE w.webhook_id = d.webhook_id
                           AND d.delivery_id IN (
                               SELECT q.delivery_id FROM webhook_deliveries q
                                 JOIN webhooks h ON h.webhook_id = q.webhook_id AND h.disabled_at IS NULL
                                WHERE q.state = 'pending' AND q.next_attempt_at <= now()
                                  AND (q.claim_expires_at IS NULL OR q.claim_expires_at < now())
                                ORDER BY q.next_attempt_at
                                LIMIT ?
                                  FOR UPDATE OF q SKIP LOCKED)
                        RETURNING d.delivery_id, d.webhook_id, d.event_id, d.event, d.payload, d.attempts,
                                  w.url, w.secret""")
                .params(claimId, lease.toMillis(), limit)
                .query((rs, row) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    boolean delivered(UUID deliveryId, UUID claimId, int status) {
        return jdbc.sql("""
                        UPDATE webhook_deliveries
                           SET state = 'delivered', delivered_at = now(), last_status = ?, last_error = NULL,
                               claimed_by = NULL, claim_expires_at = NULL
                         WHERE delivery_id = ? AND claimed_by = ?""")
                .params(status, deliveryId, claimId).update() == 1;
    }

    /** Schedules the next attempt, or gives the delivery up once it has been retried for {@code retryFor}. */
    boolean failedAttempt(UUID deliveryId, UUID claimId, @Nullable Integer status, String error, Duration wait,
            Duration retryFor) {
        return jdbc.sql("""
                        UPDATE webhook_deliveries
                           SET state = CASE WHEN created_at + ? * interval '1 millisecond' <= now() + ? * interval '1 millisecond'
                                            THEN 'failed' ELSE 'pending' END,
                               next_attempt_at = now() + ? * interval '1 millisecond',
                               last_status = ?, last_error = ?, claimed_by = NULL, claim_expires_at = NULL
                         WHERE delivery_id = ? AND claimed_by = ?""")
                .params(retryFor.toMillis(), wait.toMillis(), wait.toMillis(), status, error, deliveryId, claimId)
                .update() == 1;
    }

    /** A disabled endpoint's queue is given up, saying why. */
    int failPending(UUID webhookId, String reason) {
        return jdbc.sql("""
                        UPDATE webhook_deliveries SET state = 'failed', last_error = ?, claimed_by = NULL,
                                                      claim_expires_at = NULL
                         WHERE webhook_id = ? AND state = 'pending'""")
                .params(reason, webhookId).update();
    }

    List<Delivery> page(UUID webhookId, @Nullable String state, int limit, int offset) {
        return jdbc.sql("SELECT * FROM webhook_deliveries WHERE webhook_id = :id AND (:state::text IS NULL OR "
                        + "state = :state::text) ORDER BY created_at DESC, delivery_id LIMIT :limit OFFSET :offset")
                .param("id", webhookId).param("state", state).param("limit", limit).param("offset", offset)
                .query((rs, row) -> delivery(rs)).list();
    }

    long count(UUID webhookId, @Nullable String state) {
        return jdbc.sql("SELECT count(*) FROM webhook_deliveries WHERE webhook_id = :id AND (:state::text IS NULL OR "
                        + "state = :state::text)")
                .param("id", webhookId).param("state", state).query(Long.class).single();
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getObject("delivery_id", UUID.class), rs.getObject("webhook_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("event"), rs.getString("state"),
                rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("last_attempt_at", OffsetDateTime.class), rs.getObject("last_status", Integer.class),
                rs.getString("last_error"), rs.getObject("delivered_at", OffsetDateTime.class));
    }
}
