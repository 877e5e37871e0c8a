package com.salescalls.insights;

import org.jspecify.annotations.Nullable;

/**
 * One turn of speech.
 *
 * @param speaker the label as written in the transcript, empty for text before the first label
 * @param role    the side of the call the label maps to
 * @param text    the words spoken, continuation lines joined with a space
 * @param startMs when the turn started, in milliseconds from the start of the call, when the transcript says
 * @param endMs   when it ended, when the transcript says (only the utterance-list form can)
 */
record Utterance(String speaker, SpeakerRole role, String text, @Nullable Long startMs, @Nullable Long endMs) {

    Utterance(String speaker, SpeakerRole role, String text) {
        this(speaker, role, text, null, null);
    }
}
