package com.salescalls.live;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.salescalls.calls.CallDraft;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.Violation;
import com.salescalls.insights.TranscriptInput;
import com.salescalls.insights.UtteranceScorer;

/**
 * What a producer sends: an utterance {@code {speaker, text, start_ms?, end_ms?}} (type absent or
 * {@code utterance}), or {@code {"type": "end"}}. An utterance is held to the ingest rules when it arrives (no NUL,
 * valid Unicode, and the rest), so that a call whose utterances were all taken can be stored at its end.
 */
record ProducerMessage(@Nullable String type, @Nullable String speaker, @Nullable String text,
                       @Nullable Long startMs, @Nullable Long endMs) {

    /** Stricter than the ingest rules' bound: the label must also read back from the stored transcript's text. */
    private static final int MAX_SPEAKER_CHARS = 64;

    /** What is wrong with this utterance, for the error reply; null when it can be analysed and stored. */
    @Nullable String problem(IngestRules rules) {
        if (speaker == null || speaker.isBlank()) {
            return "speaker is required";
        }
        // the stored transcript must read the label back as this speaker
        if (speaker.strip().length() > MAX_SPEAKER_CHARS || !UtteranceScorer.isSpeakerLabel(speaker.strip())) {
            return "speaker must be a label such as Agent or Customer: up to three words, no colon";
        }
        if (text == null || text.isBlank()) {
            return "text is required";
        }
        if (startMs != null && (startMs < 0 || startMs > TranscriptInput.MAX_OFFSET_MS)
                || endMs != null && (endMs < 0 || endMs > TranscriptInput.MAX_OFFSET_MS)) {
            return "start_ms and end_ms must be between 0 and 86400000 (24 hours)";
        }
        if (startMs != null && endMs != null && endMs < startMs) {
            return "end_ms must not be before start_ms";
        }
        List<Violation> violations = rules.checkUtterance("", new CallDraft.Utterance(speaker.strip(), text.strip(),
                startMs, endMs));
        return violations.isEmpty() ? null
                : violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
    }
}
