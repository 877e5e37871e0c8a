package com.salescalls.platform;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** One or more request parameters are malformed or out of range: 422 naming each of them. */
public class InvalidParameters extends ErrorResponseException {

    /** One offending parameter and what is wrong with it. */
    public record Violation(String parameter, String message) {
    }

    public InvalidParameters(List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(violations), null);
    }

    public InvalidParameters(String parameter, String message) {
        this(List.of(new Violation(parameter, message)));
    }

    static ProblemDetail problem(List<Violation> violations) {
        String detail = violations.stream()
                .map(v -> v.parameter() + ": " + v.message())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle("Invalid parameters");
        problem.setProperty("errors", violations);
        return problem;
    }
}
