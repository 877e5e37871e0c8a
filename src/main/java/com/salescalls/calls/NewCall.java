package com.salescalls.calls;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.TranscriptInput;

/**
 * A call to store: its metadata and raw transcript, before analysis. A call posted as utterances keeps them (with
 * their timings) and also carries their text form in {@code transcript}, which search and the list read.
 */
@NamedInterface("ingest")
public record NewCall(String callId, String agentId, String customerId, String language,
                      OffsetDateTime startTime, int durationSeconds, String transcript,
                      @Nullable List<SpokenLine> utterances) {

    public NewCall {
        utterances = utterances == null ? null : List.copyOf(utterances);
    }

    /** A call given as {@code Speaker: words} text. */
    public NewCall(String callId, String agentId, String customerId, String language, OffsetDateTime startTime,
            int durationSeconds, String transcript) {
        this(callId, agentId, customerId, language, startTime, durationSeconds, transcript, null);
    }

    /** A call given as utterances; its transcript is their text form ({@link UtteranceText}). */
    public static NewCall ofUtterances(String callId, String agentId, String customerId, String language,
            OffsetDateTime startTime, int durationSeconds, List<SpokenLine> utterances) {
        return new NewCall(callId, agentId, customerId, language, startTime, durationSeconds,
                UtteranceText.render(utterances), utterances);
    }

    /** What the analysis reads of this call: its utterances when it came as a list, else its text. */
    public TranscriptInput transcriptInput() {
        return utterances == null ? TranscriptInput.text(transcript, durationSeconds)
                : TranscriptInput.lines(utterances, durationSeconds);
    }
}
