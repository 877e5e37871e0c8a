package com.salescalls.insights;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which side of the call a speaker belongs to. */
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

    /** The lower-case name used on the wire: {@code agent}, {@code customer}, {@code unknown}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a label names by itself ("Agent", "Customer 2", "Rep (Dana)"); a person's name is UNKNOWN. */
    public static SpeakerRole fromLabel(String label) {
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
}
