package com.salescalls.insights;

import java.util.List;

/**
 * What the analysis would make of a transcript before it runs: why it would reject it, or else the speaker labels
 * that map to neither side (reported to the client at once, never guessed).
 */
public record TranscriptCheck(List<TranscriptViolation> violations, List<String> unknownSpeakers) {

    public TranscriptCheck {
        violations = List.copyOf(violations);
        unknownSpeakers = List.copyOf(unknownSpeakers);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
