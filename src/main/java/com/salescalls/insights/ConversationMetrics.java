package com.salescalls.insights;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The conversation metrics of one call (each is defined in the README). Values that need utterance timings are
 * null when the transcript has none; per-minute rates divide by the call's duration when it is known, else by the
 * fully timed transcript's last end, and are null otherwise.
 *
 * @param talkRatio              the agent's share of the talking, by words and (when timed) by time
 * @param longestAgentMonologue  the agent's longest uninterrupted stretch
 * @param longestCustomerStory   the customer's longest uninterrupted stretch
 * @param questions              questions asked by each side
 * @param interactivity          speaker switches per minute
 * @param talkSpeedWpm           words per minute for each side
 * @param patienceSeconds        the agent's mean pause before replying to the customer (timed only)
 * @param interruptions          turns that start before the previous speaker's turn ended (timed only)
 * @param silence                gaps of more than 3 seconds between turns (timed only)
 * @param fillerWordsPer100      filler words per 100 words spoken, for each side
 * @param sentiment              sentiment per utterance, per quarter, and overall for each side
 */
public record ConversationMetrics(
        TalkShare talkRatio,
        Stretch longestAgentMonologue,
        Stretch longestCustomerStory,
        Questions questions,
        @Nullable Double interactivity,
        PerSide talkSpeedWpm,
        @Nullable Double patienceSeconds,
        @Nullable Integer interruptions,
        @Nullable Silence silence,
        PerSide fillerWordsPer100,
        Sentiment sentiment) {

    /** The agent's share of agent + customer talk, in [0, 1]. */
    public record TalkShare(@Nullable Double byWords, @Nullable Double byTime) {
    }

    /**
     * One speaker's longest run of consecutive utterances.
     *
     * @param utteranceIndex index of the run's first utterance, null when the side never spoke
     * @param excerpt        the run's opening words, for quoting as evidence
     */
    public record Stretch(int words, @Nullable Double seconds, @Nullable Integer utteranceIndex,
                          @Nullable String excerpt) {
    }

    /** Question counts and the agent's questions per minute. */
    public record Questions(int agent, int customer, @Nullable Double agentPerMinute) {
    }

    public record PerSide(@Nullable Double agent, @Nullable Double customer) {
    }

    public record Silence(int gaps, double totalSeconds, double longestSeconds) {
    }

    /**
     * @param customer          the call's customer sentiment in [-1, 1] (the {@code customer_sentiment_score})
     * @param agent             the agent's sentiment in [-1, 1]
     * @param customerByQuarter the customer's sentiment in each quarter of the call, null where they said nothing
     * @param utterances        the score of every agent and customer utterance
     */
    public record Sentiment(@Nullable Double customer, @Nullable Double agent,
                            List<@Nullable Double> customerByQuarter, List<UtteranceSentiment> utterances) {
    }

    /** @param role {@code AGENT} or {@code CUSTOMER} */
    public record UtteranceSentiment(int index, SpeakerRole role, double score) {
    }
}
