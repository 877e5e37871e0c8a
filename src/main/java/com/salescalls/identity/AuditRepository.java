package com.salescalls.identity;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin_audit table. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String actor, String action, String method, String path, @Nullable String target, int status,
            String clientAddress) {
        jdbc.sql("INSERT INTO admin_audit (actor, action, method, path, target, status, client_address)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(actor, action, method, path, target, status, clientAddress).update();
    }

    /** Newest first. */
    List<AuditEntry> page(int limit, int offset) {
        return jdbc.sql("SELECT id, at, actor, action, method, path, target, status, client_address FROM admin_audit"
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("method"), rs.getString("path"),
                        rs.getString("target"), rs.getInt("status"), rs.getString("client_address")))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM admin_audit").query(Long.class).single();
    }
}
