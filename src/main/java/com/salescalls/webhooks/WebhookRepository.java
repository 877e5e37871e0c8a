package com.salescalls.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhooks table. */
@Repository
class WebhookRepository {

    private static final String COLUMNS = "webhook_id, url, events, created_by, created_at, failing_since, "
            + "disabled_at, disabled_reason";

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Webhook insert(UUID id, String url, List<String> events, String secret, @Nullable String createdBy) {
        return jdbc.sql("INSERT INTO webhooks (webhook_id, url, events, secret, created_by) VALUES (?, ?, ?, ?, ?) "
                        + "RETURNING " + COLUMNS)
                .params(id, url, events.toArray(String[]::new), secret, createdBy)
                .query((rs, row) -> webhook(rs)).single();
    }

    List<Webhook> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhooks ORDER BY created_at, webhook_id")
                .query((rs, row) -> webhook(rs)).list();
    }

    Optional<Webhook> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhooks WHERE webhook_id = ?").param(id)
                .query((rs, row) -> webhook(rs)).optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM webhooks").query(Long.class).single();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM webhooks WHERE webhook_id = ?").param(id).update() == 1;
    }

    /** Clears the disabled and failing state; empty when there is no such webhook. */
    Optional<Webhook> enable(UUID id) {
        return jdbc.sql("UPDATE webhooks SET disabled_at = NULL, disabled_reason = NULL, failing_since = NULL "
                        + "WHERE webhook_id = ? RETURNING " + COLUMNS)
                .param(id).query((rs, row) -> webhook(rs)).optional();
    }

    void succeeded(UUID id) {
        jdbc.sql("UPDATE webhooks SET failing_since = NULL WHERE webhook_id = ? AND failing_since IS NOT NULL")
                .param(id).update();
    }

    /** Notes a failure; disables the webhook when it has failed without a success for {@code disableAfter}. */
    boolean failed(UUID id, Duration disableAfter, String reason) {
        return jdbc.sql("""
                        UPDATE webhooks
                           SET failing_since = coalesce(failing_since, now()),
                               disabled_at = CASE WHEN failing_since <= now() - ? * interval '1 millisecond'
                                                  THEN now() END,
                               disabled_reason = CASE WHEN failing_since <= now() - ? * interval '1 millisecond'
                                                      THEN 'failing since ' || failing_since || '; last error: ' || ?
                                                 END
                         WHERE webhook_id = ? AND disabled_at IS NULL
                        RETURNING disabled_at IS NOT NULL""")
                .params(disableAfter.toMillis(), disableAfter.toMillis(), reason, id)
                .query(Boolean.class).optional().orElse(false);
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook(rs.getObject("webhook_id", UUID.class), rs.getString("url"),
                Arrays.asList((String[]) rs.getArray("events").getArray()), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("failing_since", OffsetDateTime.class),
                rs.getObject("disabled_at", OffsetDateTime.class), rs.getString("disabled_reason"));
    }
}
