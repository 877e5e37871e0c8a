package com.salescalls.insights;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which side of the call a speaker label belongs to. In JSON (the API, the stored metrics, live messages) a role is
 * its {@link #wireName() wire name}: {@code agent}, {@code customer} or {@code unknown}.
 */
public enum SpeakerRole {
    AGENT,
    CUSTOMER,
    UNKNOWN;

    private static final Set<String> AGENT_LABELS =
            Set.of("agent", "rep", "sales rep", "seller", "salesperson", "ae", "sdr");
    private static final Set<String> CUSTOMER_LABELS =
            Set.of("customer", "prospect", "client", "buyer", "caller", "lead");

    // "Agent (Dana)" or "Customer 2" still name the role; anything else (a person's name) stays UNKNOWN
    // because guessing a side from a name would silently skew the talk ratio.
    private static final Pattern DECORATION = Pattern.compile("\\s*(\\(.*\\)|\\d+)\\s*$");

    static SpeakerRole fromLabel(String label) {
        String role = DECORATION.matcher(label.strip().toLowerCase(Locale.ROOT)).replaceFirst("")
                .replaceAll("\\s+", " ");
        if (AGENT_LABELS.contains(role)) {
            return AGENT;
        }
        if (CUSTOMER_LABELS.contains(role)) {
            return CUSTOMER;
        }
        return UNKNOWN;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a wire name; stored metrics are read back through it. */
    @JsonCreator
    public static SpeakerRole fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
