package com.salescalls.insights;

/** Assembles the {@link ConversationMetrics} of one call from the metric families, each defined in its class. */
final class MetricsCalculator {

    private MetricsCalculator() {
    }

    /** @param scores the sentiment of each {@link SentimentProfile#scored scored utterance}, in order */
    static ConversationMetrics compute(Conversation conversation, double[] scores) {
        return new ConversationMetrics(
                TalkRatio.share(conversation),
                Monologues.longest(conversation, SpeakerRole.AGENT),
                Monologues.longest(conversation, SpeakerRole.CUSTOMER),
                QuestionCounter.count(conversation),
                Interactivity.perMinute(conversation),
                TalkRatio.speedWpm(conversation),
                TurnTiming.patienceSeconds(conversation),
                TurnTiming.interruptions(conversation),
                TurnTiming.silence(conversation),
                FillerRate.per100(conversation),
                SentimentProfile.of(conversation, scores));
    }
}
