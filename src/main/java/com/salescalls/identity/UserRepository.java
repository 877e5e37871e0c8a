package com.salescalls.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table. Names and emails compare case-insensitively, as their unique indexes do. */
@Repository
class UserRepository {

    private static final String COLUMNS = "id, username, email, role, agent_id, created_at, disabled_at";

    private final JdbcClient jdbc;
    private final CallerCache callers;

    UserRepository(JdbcClient jdbc, CallerCache callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    UserAccount insert(String username, String email, String passwordHash, Role role, @Nullable String agentId) {
        return jdbc.sql("INSERT INTO users (username, email, password_hash, role, agent_id) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING " + COLUMNS)
                .params(username, email, passwordHash, role.wireName(), agentId)
                .query(UserRepository::account).single();
    }

    Optional<UserAccount> findByUsername(String username) {
        if (!storable(username)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE lower(username) = lower(?)")
                .param(username).query(UserRepository::account).optional();
    }

    /**
     * The caller an access token stands for: its user, if not disabled, and only while the token's session is not
     * revoked. One indexed query, the price of tokens that stop at logout rather than at expiry ({@link CallerCache}
     * keeps the answer between changes).
     */
    Optional<UserAccount> findCaller(String username, UUID sessionId) {
        if (!storable(username)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM users u WHERE lower(username) = lower(?) AND disabled_at IS NULL"
                        + " AND EXISTS (SELECT 1 FROM refresh_sessions s WHERE s.id = ? AND s.user_id = u.id"
                        + " AND s.revoked_at IS NULL AND s.expires_at > now())")
                .params(username, sessionId).query(UserRepository::account).optional();
    }

    void updatePasswordHash(long userId, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ?, updated_at = now() WHERE id = ?").params(passwordHash, userId)
                .update();
        callers.userChanged(userId);
    }

    Optional<UserAccount> setDisabled(String username, boolean disabled) {
        return changed(jdbc.sql("UPDATE users SET disabled_at = CASE WHEN ? THEN coalesce(disabled_at, now()) END,"
                        + " updated_at = now() WHERE lower(username) = lower(?) RETURNING " + COLUMNS)
                .params(disabled, username).query(UserRepository::account).optional());
    }

    /** The account and its password hash, for checking a login. */
    Optional<Credentials> findCredentials(String username) {
        if (!storable(username)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM users WHERE lower(username) = lower(?)")
                .param(username)
                .query((rs, row) -> new Credentials(account(rs, row), rs.getString("password_hash")))
                .optional();
    }

    List<UserAccount> page(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY id LIMIT ? OFFSET ?")
                .params(limit, offset).query(UserRepository::account).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }

    long countAdmins() {
        return jdbc.sql("SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL").query(Long.class)
                .single();
    }

    Optional<UserAccount> updateRole(String username, Role role, @Nullable String agentId) {
        return changed(jdbc.sql("UPDATE users SET role = ?, agent_id = ?, updated_at = now() WHERE lower(username) = lower(?)"
                        + " RETURNING " + COLUMNS)
                .params(role.wireName(), agentId, username)
                .query(UserRepository::account).optional());
    }

    /** Every write of a user ends its cached caller entries ({@link CallerCache}). */
    private Optional<UserAccount> changed(Optional<UserAccount> account) {
        account.ifPresent(changed -> callers.userChanged(changed.id()));
        return account;
    }

    /** PostgreSQL text cannot hold a NUL, so no stored name has one; asking would fail in the driver. */
    private static boolean storable(String username) {
        return username.indexOf('\0') < 0;
    }

    record Credentials(UserAccount account, String passwordHash) {
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                Role.fromWireName(rs.getString("role")), rs.getString("agent_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("disabled_at") != null);
    }
}
