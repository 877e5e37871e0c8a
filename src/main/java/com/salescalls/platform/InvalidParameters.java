package com.salescalls.platform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One or more request parameters are malformed or out of range, each named with what is wrong with it. */
public class InvalidParameters extends Refusal {

    /** One offending parameter and what is wrong with it. */
    public record Violation(String parameter, String message) {
    }

    private final List<Violation> violations;

    public InvalidParameters(List<Violation> violations) {
        super(Kind.INVALID, "Invalid parameters", detail(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidParameters(String parameter, String message) {
        this(List.of(new Violation(parameter, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", violations);
    }

    private static String detail(List<Violation> violations) {
        return violations.stream().map(v -> v.parameter() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
