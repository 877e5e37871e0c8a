package com.salescalls.insights;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ConversationMetrics.Silence;
import com.salescalls.insights.Transcript.Timing;

/**
 * What only start and end times reveal, so every value is null unless the timing is {@link Timing#FULL}: with
 * start-only timestamps a turn is assumed to last until the next starts, which leaves no pause, overlap or
 * silence to measure.
 *
 * <ul>
 *   <li>patience: the agent's mean pause, in seconds, between the end of a customer turn and the start of the
 *       agent turn that follows it; an agent who starts before the customer has finished paused 0 s. Null when
 *       the agent never follows the customer.</li>
 *   <li>interruptions: turns that start while the other side's latest turn has not ended yet.</li>
 *   <li>silence: gaps of more than {@value #SILENCE_MS} ms between the end of all speech so far (any speaker, fillers
 *       included) and the next utterance's start; the time before the first and after the last word is not a gap
 *       between turns.</li>
 * </ul>
 */
final class TurnTiming {

    static final long SILENCE_MS = 3000;

    private TurnTiming() {
    }

    static @Nullable Double patienceSeconds(Conversation conversation) {
        if (conversation.timing() != Timing.FULL) {
            return null;
        }
        List<Conversation.Part> turns = conversation.turns();
        long totalMs = 0;
        int replies = 0;
        for (int i = 1; i < turns.size(); i++) {
            Conversation.Part before = turns.get(i - 1);
            Conversation.Part reply = turns.get(i);
            if (before.role() == SpeakerRole.CUSTOMER && reply.role() == SpeakerRole.AGENT) {
                totalMs += Math.max(0, reply.startMs() - before.endMs());
                replies++;
            }
        }
        return replies == 0 ? null : totalMs / 1000.0 / replies;
    }

    static @Nullable Integer interruptions(Conversation conversation) {
        if (conversation.timing() != Timing.FULL) {
            return null;
        }
        Map<SpeakerRole, Long> lastEnd = new EnumMap<>(SpeakerRole.class);
        int interruptions = 0;
        for (Conversation.Part turn : conversation.turns()) {
            SpeakerRole other = turn.role() == SpeakerRole.AGENT ? SpeakerRole.CUSTOMER : SpeakerRole.AGENT;
            if (turn.startMs() < lastEnd.getOrDefault(other, Long.MIN_VALUE)) {
                interruptions++;
            }
            lastEnd.merge(turn.role(), turn.endMs(), Math::max);
        }
        return interruptions;
    }

    static @Nullable Silence silence(Conversation conversation) {
        if (conversation.timing() != Timing.FULL) {
            return null;
        }
        int gaps = 0;
        long totalMs = 0;
        long longestMs = 0;
        Long speechEnd = null;
        for (Conversation.Part part : conversation.parts()) {
            if (speechEnd != null && part.startMs() - speechEnd > SILENCE_MS) {
                long gap = part.startMs() - speechEnd;
                gaps++;
                totalMs += gap;
                longestMs = Math.max(longestMs, gap);
            }
            speechEnd = speechEnd == null ? part.endMs() : Math.max(speechEnd, part.endMs());
        }
        return new Silence(gaps, totalMs / 1000.0, longestMs / 1000.0);
    }
}
