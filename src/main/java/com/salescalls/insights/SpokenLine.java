package com.salescalls.insights;

import org.jspecify.annotations.Nullable;

/**
 * One utterance as a transcription tool delivers it.
 *
 * @param speaker the speaker's label (mapped to a role like a text transcript's label)
 * @param text    what was said
 * @param startMs when the utterance started, in milliseconds from the start of the call, if known
 * @param endMs   when it ended, if known
 */
public record SpokenLine(String speaker, String text, @Nullable Long startMs, @Nullable Long endMs) {
}
