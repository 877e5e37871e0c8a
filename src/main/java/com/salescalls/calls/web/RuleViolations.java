package com.salescalls.calls.web;

import java.util.List;
import java.util.stream.Collectors;

import com.salescalls.calls.Violation;
import com.salescalls.platform.InvalidParameters;

/** The web side of the ingest rules' violations: one 422 naming each field, or one line of a bulk report. */
final class RuleViolations {

    private RuleViolations() {
    }

    static InvalidParameters unprocessable(List<Violation> violations) {
        return new InvalidParameters(violations.stream()
                .map(v -> new InvalidParameters.Violation(v.field(), v.message())).toList());
    }

    static String reason(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
