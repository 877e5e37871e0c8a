package com.salescalls.platform;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * PostgreSQL unreachable for a moment (a restart, a failover, the pool out of connections): the request is answered
 * 503 with {@code Retry-After}, so clients retry what they did not see acknowledged, wherever the failure surfaced
 * (a controller, or a filter such as the caller's lookup during authentication). Only the exception's class is
 * logged: a driver message may quote a value of the request.
 */
public final class DatabaseOutage {

    public static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private DatabaseOutage() {
    }

    /** Whether the failure, or one of its causes, is the database being unreachable. */
    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    /** Logs the outage (one WARN line naming the exception class) and gives the problem to answer with. */
    public static ProblemDetail problem(Throwable failure) {
        log.warn("Database unavailable ({}); answered 503",
                NestedExceptionUtils.getMostSpecificCause(failure).getClass().getName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; retry in a few seconds");
    }
}
