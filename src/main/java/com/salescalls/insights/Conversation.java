package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.Transcript.Timing;

/**
 * A transcript prepared once for all metric families: each utterance with its word and filler counts and its
 * time span, plus the call's length.
 *
 * <p>Time spans: with {@link Timing#FULL} they are as given; with {@link Timing#STARTS} a turn lasts until the next
 * timed turn starts, and the last one until the call's end when the call's duration is known and not before the
 * turn's start (else its end is unknown); with {@link Timing#NONE} there are none.
 *
 * <p>The call lasts {@code durationSeconds} when that is given and positive, else (FULL only) until the latest
 * end; otherwise its length is unknown and per-minute rates are null. No length is estimated from word counts.
 *
 * <p>{@link #turns()} are the agent's and the customer's utterances that contain at least one word: unknown
 * speakers (reported, not guessed) and filler-only backchannels such as "mhm" take no turn, so they neither
 * break a monologue nor count as a speaker switch.
 */
final class Conversation {

    record Part(int index, Utterance utterance, int words, int fillers, @Nullable Long startMs, @Nullable Long endMs) {

        SpeakerRole role() {
            return utterance.role();
        }

        @Nullable Long millis() {
            return startMs == null || endMs == null ? null : endMs - startMs;
        }
    }

    private final List<Part> parts;
    private final List<Part> turns;
    private final Timing timing;
    private final @Nullable Double callSeconds;

    private Conversation(List<Part> parts, Timing timing, @Nullable Double callSeconds) {
        this.parts = List.copyOf(parts);
        this.turns = parts.stream().filter(p -> p.role() != SpeakerRole.UNKNOWN && p.words() > 0).toList();
        this.timing = timing;
        this.callSeconds = callSeconds;
    }

    static Conversation of(Transcript transcript, @Nullable Integer durationSeconds) {
        Timing timing = transcript.timing();
        List<Utterance> utterances = transcript.utterances();
        Long callEndMs = durationSeconds != null && durationSeconds > 0 ? durationSeconds * 1000L : null;
        List<Part> parts = new ArrayList<>(utterances.size());
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            SpokenWords.Tally tally = SpokenWords.tally(u.text());
            Long start = timing == Timing.NONE ? null : u.startMs();
            Long end = switch (timing) {
                case NONE -> null;
                case FULL -> u.endMs();
                case STARTS -> start == null ? null : nextStart(utterances, i, start, callEndMs);
            };
            parts.add(new Part(i, u, tally.words(), tally.fillers(), start, end));
        }
        Double seconds = callEndMs != null ? Double.valueOf(callEndMs / 1000.0)
                : timing == Timing.FULL && !parts.isEmpty() ? lastEnd(parts) / 1000.0 : null;
        return new Conversation(parts, timing, seconds != null && seconds > 0 ? seconds : null);
    }

    private static @Nullable Long nextStart(List<Utterance> utterances, int i, long start, @Nullable Long callEndMs) {
        for (int j = i + 1; j < utterances.size(); j++) {
            if (utterances.get(j).startMs() != null) {
                return utterances.get(j).startMs();
            }
        }
        return callEndMs != null && callEndMs >= start ? callEndMs : null;
    }

    private static long lastEnd(List<Part> parts) {
        return parts.stream().mapToLong(p -> p.endMs() == null ? 0 : p.endMs()).max().orElse(0);
    }

    /** Every utterance, in order. */
    List<Part> parts() {
        return parts;
    }

    /** The agent's and customer's utterances with at least one word, in order. */
    List<Part> turns() {
        return turns;
    }

    Timing timing() {
        return timing;
    }

    /** The call's length in seconds, null when unknown. */
    @Nullable Double callSeconds() {
        return callSeconds;
    }

    /** Events per minute of call, null when the call's length is unknown. */
    @Nullable Double perMinute(int events) {
        return callSeconds == null ? null : events / (callSeconds / 60.0);
    }

    List<Part> partsOf(SpeakerRole role) {
        return parts.stream().filter(p -> p.role() == role).toList();
    }
}
