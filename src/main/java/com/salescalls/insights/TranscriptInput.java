package com.salescalls.insights;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A transcript to analyse: either text ({@code Speaker: words} lines, optionally {@code [hh:mm:ss]}-stamped)
 * or a list of utterances, plus the call's duration when known (rates per minute need it when the transcript
 * carries no timings).
 */
public record TranscriptInput(@Nullable String text, @Nullable List<SpokenLine> lines,
                              @Nullable Integer durationSeconds) {

    /**
     * The latest time in a transcript, in ms from the call's start: no call lasts a day, so a later time is a unit
     * mistake (seconds for milliseconds), not a long call.
     */
    public static final long MAX_OFFSET_MS = 24L * 60 * 60 * 1000;

    public TranscriptInput {
        if ((text == null) == (lines == null)) {
            throw new IllegalArgumentException("exactly one of text and lines must be given");
        }
        lines = lines == null ? null : List.copyOf(lines);
    }

    public static TranscriptInput text(String text, @Nullable Integer durationSeconds) {
        return new TranscriptInput(text, null, durationSeconds);
    }

    public static TranscriptInput lines(List<SpokenLine> lines, @Nullable Integer durationSeconds) {
        return new TranscriptInput(null, lines, durationSeconds);
    }
}
