package com.salescalls.insights;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A transcript whose timings cannot be right: negative, beyond {@value Transcript#MAX_MS} ms, an end before its
 * start, times given for some utterances only, or turns out of time order. It knows no protocol: the web layer
 * that receives one renders its {@link #violations()}; its {@link #getMessage() message} names each of them, fit to
 * store as the reason an analysis failed.
 */
public class InvalidTranscript extends IllegalArgumentException {

    private final List<TranscriptViolation> violations;

    InvalidTranscript(List<TranscriptViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<TranscriptViolation> violations() {
        return violations;
    }
}
