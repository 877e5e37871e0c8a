package com.salescalls.identity.web;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import com.salescalls.identity.UserAccount;

/** A user as the API shows it. */
record UserView(long id, String username, String email, String role, @Nullable String agentId,
                OffsetDateTime createdAt, boolean disabled) {

    static UserView of(UserAccount account) {
        return new UserView(account.id(), account.username(), account.email(), account.role().wireName(),
                account.agentId(), account.createdAt(), account.disabled());
    }
}
