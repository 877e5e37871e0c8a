package com.salescalls.insights;

import java.util.List;

import com.salescalls.platform.InvalidParameters;

/**
 * A transcript whose timings cannot be right: negative, beyond {@value Transcript#MAX_MS} ms, an end before its
 * start, times given for some utterances only, or turns out of time order. Rendered as 422 naming each offending
 * field ({@code transcript} for text, {@code utterances[i].start_ms} and the like for the list form); its
 * {@link #getMessage() message} is the same text, fit to store as the reason an analysis failed.
 */
public class InvalidTranscript extends InvalidParameters {

    InvalidTranscript(List<Violation> violations) {
        super(violations);
    }

    @Override
    public String getMessage() {
        return String.valueOf(getBody().getDetail());
    }
}
