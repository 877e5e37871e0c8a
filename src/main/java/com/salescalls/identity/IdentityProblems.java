package com.salescalls.identity;

import com.salescalls.platform.Refusal;
import com.salescalls.platform.TooManyRequests;

/** What can go wrong with accounts and tokens, each named by its kind of refusal. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    static final class DuplicateUser extends Refusal {
        DuplicateUser() {
            super(Kind.CONFLICT, "Duplicate user", "A user with this username or email already exists");
        }
    }

    static final class UserNotFound extends Refusal {
        UserNotFound(String username) {
            super(Kind.NOT_FOUND, "User not found", "User '" + username + "' not found");
        }
    }

    /** A failed login or refresh. */
    static final class InvalidCredentials extends Refusal {
        InvalidCredentials(String detail) {
            super(Kind.UNAUTHENTICATED, "Not authenticated", detail);
        }
    }

    static final class RegistrationClosed extends Refusal {
        RegistrationClosed() {
            super(Kind.FORBIDDEN, "Registration closed", "Self-registration is turned off; ask an admin for an account");
        }
    }

    static final class TooManyLoginAttempts extends TooManyRequests {
        TooManyLoginAttempts(String reason, long retryAfterSeconds) {
            super("Too many login attempts", reason, retryAfterSeconds);
        }
    }

    static final class LastAdmin extends Refusal {
        LastAdmin() {
            super(Kind.CONFLICT, "Last admin",
                    "The last admin cannot be demoted or disabled; make another user admin first");
        }
    }
}
