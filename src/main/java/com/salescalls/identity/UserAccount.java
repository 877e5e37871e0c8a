package com.salescalls.identity;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A stored user, as the API shows it (never with the password hash). */
public record UserAccount(long id, String username, String email, Role role, @Nullable String agentId,
                          OffsetDateTime createdAt, boolean disabled) {

    CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, role, agentId);
    }
}
