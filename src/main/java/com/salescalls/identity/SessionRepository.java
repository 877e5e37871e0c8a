package com.salescalls.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The refresh_sessions table: one row per login, its current refresh token id, and whether it is revoked. */
@Repository
class SessionRepository {

    private final JdbcClient jdbc;
    private final CallerCache callers;

    SessionRepository(JdbcClient jdbc, CallerCache callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    record Session(UUID id, long userId, UUID currentJti, boolean revoked, boolean expired) {
    }

    void create(UUID id, long userId, UUID jti, Instant expiresAt) {
        jdbc.sql("INSERT INTO refresh_sessions (id, user_id, current_jti, expires_at) VALUES (?, ?, ?, ?)")
                .params(id, userId, jti, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)).update();
    }

    /** The session, locked until the transaction ends, so two refreshes with one token cannot both rotate it. */
    Optional<Session> lock(UUID id) {
        return jdbc.sql("SELECT id, user_id, current_jti, revoked_at IS NOT NULL AS revoked, expires_at < now() AS expired"
                        + " FROM refresh_sessions WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, row) -> new Session(rs.getObject("id", UUID.class), rs.getLong("user_id"),
                        rs.getObject("current_jti", UUID.class), rs.getBoolean("revoked"), rs.getBoolean("expired")))
                .optional();
    }

    void rotate(UUID id, UUID jti) {
        jdbc.sql("UPDATE refresh_sessions SET current_jti = ?, rotated_at = now() WHERE id = ?").params(jti, id).update();
    }

    void revoke(UUID id, String reason) {
        jdbc.sql("UPDATE refresh_sessions SET revoked_at = now(), revoked_reason = ? WHERE id = ? AND revoked_at IS NULL")
                .params(reason, id).update();
        callers.sessionEnded(id);
    }

    /** Revokes the user's sessions but {@code keep} (the caller's own, on a password change); how many. */
    int revokeAllOf(long userId, UUID keep, String reason) {
        int revoked = jdbc.sql("UPDATE refresh_sessions SET revoked_at = now(), revoked_reason = ? "
                        + "WHERE user_id = ? AND revoked_at IS NULL AND id <> ?")
                .params(reason, userId, keep).update();
        callers.userChanged(userId);
        return revoked;
    }
}
