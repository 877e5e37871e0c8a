package com.salescalls.insights;

import org.jspecify.annotations.Nullable;

/**
 * Share of the spoken words that came from the agent: agent words / (agent + customer words).
 *
 * <p>Words are counted by {@link SpokenWords}, so speaker labels, timestamps and fillers never count. Speakers
 * whose label maps to no role are left out of both sides rather than guessed. The value is not rounded.
 */
final class TalkRatio {

    private TalkRatio() {
    }

    /** Returns null when neither agent nor customer said a word, since no ratio exists then. */
    static @Nullable Double agentTalkRatio(Transcript transcript) {
        long agentWords = wordsOf(transcript, SpeakerRole.AGENT);
        long customerWords = wordsOf(transcript, SpeakerRole.CUSTOMER);
        long total = agentWords + customerWords;
        return total == 0 ? null : (double) agentWords / total;
    }

    private static long wordsOf(Transcript transcript, SpeakerRole role) {
        return transcript.textsOf(role).stream().mapToLong(SpokenWords::count).sum();
    }
}
