package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Utterance-level analysis for streaming: the role, word count and sentiment of each turn, computed as the
 * whole-call analysis computes them (same parser, same word count, same polarity), so that the running figures of
 * a stream end at the stored call's {@code agent_talk_ratio} and {@code customer_sentiment_score}. Stateless and
 * thread-safe.
 */
@Component
public class UtteranceScorer {

    private final SentimentAnalyzer sentiment;

    public UtteranceScorer(SentimentAnalyzer sentiment) {
        this.sentiment = sentiment;
    }

    /** One utterance as a producer delivers it. */
    public ScoredUtterance score(SpokenLine line) {
        return score(line.speaker().strip(), line.side(), line.text().strip(),
                line.startMs(), line.endMs());
    }

    /**
     * Every utterance of a stored transcript, in order, with the start time of its stamped line.
     *
     * @throws InvalidTranscript when its timestamps go backwards (a stored call's never do)
     */
    public List<ScoredUtterance> score(String transcript) {
        return scored(Transcript.parse(transcript).utterances());
    }

    /**
     * A stored call's posted utterances, with the roles its speakers were given at ingest (a mapping, a format's
     * role, the agent's name), which its text form cannot carry.
     *
     * @throws InvalidTranscript when their timings cannot be right (a stored call's never are)
     */
    public List<ScoredUtterance> score(List<SpokenLine> posted) {
        return scored(Transcript.of(TranscriptInput.lines(posted, null)).utterances());
    }

    private List<ScoredUtterance> scored(List<Utterance> utterances) {
        // one scoring call for the whole call: the learned model embeds the utterances together
        double[] scores = sentiment.scoreAll(utterances.stream().map(Utterance::text).toList());
        List<ScoredUtterance> scored = new ArrayList<>(utterances.size());
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            scored.add(scored(u.speaker(), u.role(), u.text(), u.startMs(), u.endMs(), scores[i]));
        }
        return List.copyOf(scored);
    }

    private ScoredUtterance score(String speaker, SpeakerRole role, String text, @Nullable Long startMs,
            @Nullable Long endMs) {
        return scored(speaker, role, text, startMs, endMs, sentiment.polarity(text));
    }

    private static ScoredUtterance scored(String speaker, SpeakerRole role, String text, @Nullable Long startMs,
            @Nullable Long endMs, double sentiment) {
        return new ScoredUtterance(speaker, role, text, startMs, endMs,
                SpokenWords.count(text), sentiment);
    }

    /** Whether a transcript line {@code label: words} would be read back with exactly this speaker label. */
    public static boolean isSpeakerLabel(String label) {
        if (label.isBlank()) {
            return false;
        }
        List<Utterance> parsed = Transcript.parse("[00:00:00] " + label + ": x").utterances();
        return parsed.size() == 1 && parsed.getFirst().speaker().equals(label);
    }
}
