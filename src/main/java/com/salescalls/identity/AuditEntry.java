package com.salescalls.identity;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One admin action: who did what, when, from where, and the status it ended with. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String method, String path,
                         @Nullable String target, int status, String clientAddress) {
}
