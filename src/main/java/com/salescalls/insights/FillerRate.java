package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ConversationMetrics.PerSide;

/**
 * Filler words per 100 words spoken, for each side: 100 × fillers / (words + fillers), the fillers being those
 * {@link SpokenWords} leaves out (a set-off "you know" counts once). Null for a side that said nothing.
 */
final class FillerRate {

    private FillerRate() {
    }

    static PerSide per100(Conversation conversation) {
        return new PerSide(rate(conversation.partsOf(SpeakerRole.AGENT)),
                rate(conversation.partsOf(SpeakerRole.CUSTOMER)));
    }

    private static @Nullable Double rate(List<Conversation.Part> parts) {
        long fillers = parts.stream().mapToLong(Conversation.Part::fillers).sum();
        long spoken = fillers + parts.stream().mapToLong(Conversation.Part::words).sum();
        return spoken == 0 ? null : 100.0 * fillers / spoken;
    }
}
