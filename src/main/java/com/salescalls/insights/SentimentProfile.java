package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ConversationMetrics.Sentiment;
import com.salescalls.insights.ConversationMetrics.UtteranceSentiment;

/**
 * Sentiment over a call, from one score per {@link #scored scored utterance} (an agent or customer utterance
 * with text), each from the {@link UtteranceSentiments}.
 *
 * <p>Each side's sentiment is the plain mean of its utterances' scores, so every turn weighs the same however long
 * it is; the customer's is the call's {@code customer_sentiment_score}. An utterance belongs to the quarter of
 * the call in which it starts: by time when the transcript is timed and the call's length known, else by word
 * position (words spoken before it / all words spoken, fillers left out). A quarter without a customer utterance
 * is null, as is a side that said nothing.
 */
final class SentimentProfile {

    private SentimentProfile() {
    }

    static List<Conversation.Part> scored(Conversation conversation) {
        return conversation.parts().stream()
                .filter(p -> p.role() != SpeakerRole.UNKNOWN && !p.utterance().text().isBlank())
                .toList();
    }

    /** @param scores one score per {@link #scored} utterance, in that order */
    static Sentiment of(Conversation conversation, double[] scores) {
        List<Conversation.Part> scored = scored(conversation);
        if (scores.length != scored.size()) {
            throw new IllegalArgumentException(scored.size() + " utterances but " + scores.length + " scores");
        }
        int[] wordsBefore = wordsBefore(conversation.parts());
        int totalWords = wordsBefore[wordsBefore.length - 1];
        boolean byTime = conversation.timing() != Transcript.Timing.NONE && conversation.callSeconds() != null;
        double[] quarterSums = new double[4];
        int[] quarterCounts = new int[4];
        double[] sideSums = new double[2];
        int[] sideCounts = new int[2];
        List<UtteranceSentiment> utterances = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Conversation.Part part = scored.get(i);
            boolean customer = part.role() == SpeakerRole.CUSTOMER;
            utterances.add(new UtteranceSentiment(part.index(), part.role(), scores[i]));
            int side = customer ? 1 : 0;
            sideSums[side] += scores[i];
            sideCounts[side]++;
            if (customer) {
                double position = byTime && part.startMs() != null
                        ? part.startMs() / (conversation.callSeconds() * 1000)
                        : totalWords == 0 ? 0 : (double) wordsBefore[part.index()] / totalWords;
                int quarter = (int) Math.min(3, Math.floor(position * 4));
                quarterSums[quarter] += scores[i];
                quarterCounts[quarter]++;
            }
        }
        List<@Nullable Double> quarters = new ArrayList<>(4);
        for (int q = 0; q < 4; q++) {
            quarters.add(mean(quarterSums[q], quarterCounts[q]));
        }
        return new Sentiment(mean(sideSums[1], sideCounts[1]), mean(sideSums[0], sideCounts[0]),
                quarters, utterances);
    }

    /** Element i: words spoken before utterance i; the last element: all words. */
    private static int[] wordsBefore(List<Conversation.Part> parts) {
        int[] before = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            before[i + 1] = before[i] + parts.get(i).words();
        }
        return before;
    }

    private static @Nullable Double mean(double sum, int count) {
        return count == 0 ? null : sum / count;
    }
}
