package com.salescalls.insights;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Utterance-level analysis for streaming: the role, word count and sentiment of each turn, computed exactly as
 * the whole-call analysis computes them, so that the running figures of a stream end at the stored call's
 * {@code agent_talk_ratio} and {@code customer_sentiment_score}. Stateless and thread-safe.
 */
@Component
public class UtteranceScorer {

    private final SentimentAnalyzer sentiment;

    public UtteranceScorer(SentimentAnalyzer sentiment) {
        this.sentiment = sentiment;
    }

    /** One utterance as a producer delivers it. */
    public ScoredUtterance score(SpokenLine line) {
        String text = line.text().strip();
        return new ScoredUtterance(line.speaker().strip(),
                SpeakerRole.fromLabel(line.speaker()).name().toLowerCase(Locale.ROOT), text, line.startMs(),
                line.endMs(), SpokenWords.count(text), sentiment.polarity(text));
    }

    /** Every utterance of a stored transcript, in order, with the start time of its stamped first line. */
    public List<ScoredUtterance> score(String transcript) {
        return TranscriptLines.parse(transcript).stream().map(this::score).toList();
    }

    /** Whether a transcript line {@code label: words} would be read back with exactly this speaker label. */
    public static boolean isSpeakerLabel(String label) {
        if (label.isBlank()) {
            return false;
        }
        List<Utterance> parsed = Transcript.parse(label + ": x").utterances();
        return parsed.size() == 1 && parsed.getFirst().speaker().equals(label);
    }

    /** The transcript text of utterances, one {@code [hh:mm:ss] Speaker: words} line each. */
    public static String render(List<SpokenLine> lines) {
        return TranscriptLines.render(lines);
    }
}
