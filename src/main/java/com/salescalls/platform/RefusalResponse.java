package com.salescalls.platform;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;


/** The one place a domain {@link Refusal} becomes HTTP: its status, headers and RFC 9457 problem. */
public final class RefusalResponse {

    private RefusalResponse() {
    }

    public static ErrorResponseException of(Refusal refusal) {
        HttpStatus status = status(refusal.kind());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setTitle(refusal.title());
        refusal.properties().forEach(problem::setProperty);
        ErrorResponseException response = new ErrorResponseException(status, problem, refusal);
        if (refusal.kind() == Refusal.Kind.UNAUTHENTICATED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer"); // as OAuth2 password-flow clients expect
        }
        refusal.retryAfter().ifPresent(wait ->
                response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
        return response;
    }

    /** The problem for parameters a filter rejects before any controller runs. */
    public static ProblemDetail invalid(List<InvalidParameters.Violation> violations) {
        return of(new InvalidParameters(violations)).getBody();
    }

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
