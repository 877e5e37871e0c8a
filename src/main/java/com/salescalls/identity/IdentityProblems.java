package com.salescalls.identity;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** What can go wrong with accounts and tokens, each rendered with its API.md status. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static final class DuplicateUser extends ErrorResponseException {
        DuplicateUser() {
            super(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "Duplicate user",
                    "A user with this username or email already exists"), null);
        }
    }

    static final class UserNotFound extends ErrorResponseException {
        UserNotFound(String username) {
            super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "User not found",
                    "User '" + username + "' not found"), null);
        }
    }

    /** A failed login or refresh: 401 with the challenge header, as OAuth2 password-flow clients expect. */
    static final class InvalidCredentials extends ErrorResponseException {
        InvalidCredentials(String detail) {
            super(HttpStatus.UNAUTHORIZED, problem(HttpStatus.UNAUTHORIZED, "Not authenticated", detail), null);
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
    }

    static final class RegistrationClosed extends ErrorResponseException {
        RegistrationClosed() {
            super(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "Registration closed",
                    "Self-registration is turned off; ask an admin for an account"), null);
        }
    }

    static final class TooManyLoginAttempts extends ErrorResponseException {
        TooManyLoginAttempts(String reason, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, problem(HttpStatus.TOO_MANY_REQUESTS, "Too many login attempts",
                    reason + "; try again in " + retryAfterSeconds + " s"), null);
            getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        }
    }

    static final class LastAdmin extends ErrorResponseException {
        LastAdmin() {
            super(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "Last admin",
                    "The last admin cannot be demoted or disabled; make another user admin first"), null);
        }
    }
}
