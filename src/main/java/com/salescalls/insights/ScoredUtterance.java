package com.salescalls.insights;

import org.jspecify.annotations.Nullable;

/**
 * One utterance with its own sentiment, as live streaming shows a call turn by turn.
 *
 * @param speaker   the label as given (empty for text before the first label of a transcript)
 * @param role      the side the label maps to, as for a whole call
 * @param text      what was said
 * @param startMs   when it started, in ms from the start of the call: the {@code [hh:mm:ss]} stamp of a stored
 *                  transcript line, or what the producer sent; null when unknown
 * @param endMs     when it ended, if the producer said
 * @param words     spoken words, fillers excluded, as the talk ratio counts them
 * @param sentiment the VADER compound score of the text in [-1, 1]
 */
public record ScoredUtterance(String speaker, SpeakerRole role, String text, @Nullable Long startMs,
                              @Nullable Long endMs, int words, double sentiment) {

    public boolean byAgent() {
        return role == SpeakerRole.AGENT;
    }

    public boolean byCustomer() {
        return role == SpeakerRole.CUSTOMER;
    }
}
