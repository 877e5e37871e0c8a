package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ConversationMetrics.PerSide;
import com.salescalls.insights.ConversationMetrics.TalkShare;

/**
 * Who talked, and how fast: the agent's share of agent + customer talk, and each side's words per minute.
 *
 * <p>Words are counted by {@link SpokenWords}, so speaker labels, timestamps and fillers never count. Speakers
 * whose label maps to no role are left out of both sides rather than guessed. Talk time is the sum of a side's
 * utterance spans (see {@link Conversation}); with start-only timestamps a turn's span includes the pause after
 * it, so speeds read lower than with full timings. Values are not rounded.
 */
final class TalkRatio {

    private TalkRatio() {
    }

    /** By words: null when neither side said a word. By time: null when untimed or nobody had the floor. */
    static TalkShare share(Conversation conversation) {
        long agentWords = words(conversation.partsOf(SpeakerRole.AGENT));
        long customerWords = words(conversation.partsOf(SpeakerRole.CUSTOMER));
        Long agentMs = millis(conversation.partsOf(SpeakerRole.AGENT));
        Long customerMs = millis(conversation.partsOf(SpeakerRole.CUSTOMER));
        return new TalkShare(ratio(agentWords, customerWords),
                agentMs == null || customerMs == null ? null : ratio(agentMs, customerMs));
    }

    /** Words per minute of the side's own talk time; null when the side never spoke or its time is unknown. */
    static PerSide speedWpm(Conversation conversation) {
        return new PerSide(speed(conversation.partsOf(SpeakerRole.AGENT)),
                speed(conversation.partsOf(SpeakerRole.CUSTOMER)));
    }

    private static @Nullable Double speed(List<Conversation.Part> parts) {
        Long ms = millis(parts);
        return parts.isEmpty() || ms == null || ms == 0 ? null : words(parts) / (ms / 60_000.0);
    }

    private static @Nullable Double ratio(long agent, long customer) {
        long total = agent + customer;
        return total == 0 ? null : (double) agent / total;
    }

    private static long words(List<Conversation.Part> parts) {
        return parts.stream().mapToLong(Conversation.Part::words).sum();
    }

    /** Null when any span is unknown: a partial sum would understate that side. */
    private static @Nullable Long millis(List<Conversation.Part> parts) {
        long total = 0;
        for (Conversation.Part part : parts) {
            Long ms = part.millis();
            if (ms == null) {
                return null;
            }
            total += ms;
        }
        return total;
    }
}
