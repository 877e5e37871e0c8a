package com.salescalls.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

import com.salescalls.insights.SpokenLine;

/**
 * A call as it arrives, before the {@link IngestRules} have looked at it: every field may be missing or wrong, so
 * that each problem can be reported by its field name. {@code transcript} is text or a transcript file;
 * {@code utterances} the list form; exactly one of them must be given.
 *
 * @param format           how the transcript is written ({@code text}, {@code utterances}, {@code vtt}, {@code srt},
 *                         {@code aws_transcribe}, {@code utterances_json}); null: {@code text} or {@code utterances},
 *                         whichever is given
 * @param speakers         speaker name to role ({@code agent} or {@code customer}), null when not given
 * @param transcriptIsJson the transcript was posted as a JSON value (an object or list, here as its JSON text),
 *                         which only the JSON formats accept
 */
@NamedInterface("ingest")
public record CallDraft(@Nullable String callId, @Nullable String agentId, @Nullable String customerId,
                        @Nullable String language, @Nullable String startTime, @Nullable Integer durationSeconds,
                        @Nullable String transcript, @Nullable List<@Nullable Utterance> utterances,
                        @Nullable String format, @Nullable Map<String, @Nullable String> speakers,
                        boolean transcriptIsJson) {

    /** A call in the product's own forms (text or utterances), without a speakers mapping. */
    public CallDraft(@Nullable String callId, @Nullable String agentId, @Nullable String customerId,
            @Nullable String language, @Nullable String startTime, @Nullable Integer durationSeconds,
            @Nullable String transcript, @Nullable List<@Nullable Utterance> utterances) {
        this(callId, agentId, customerId, language, startTime, durationSeconds, transcript, utterances, null, null,
                false);
    }

    /** One utterance: who spoke, what, and when (milliseconds from the start of the call) if known. */
    public record Utterance(@Nullable String speaker, @Nullable String text, @Nullable Long startMs,
                            @Nullable Long endMs) {
    }

    /** A call built in code (live, the generator), to be held to the same rules as a posted one. */
    static CallDraft of(NewCall call) {
        List<@Nullable Utterance> utterances = null;
        if (call.utterances() != null) {
            utterances = new ArrayList<>(call.utterances().size());
            for (SpokenLine line : call.utterances()) {
                utterances.add(new Utterance(line.speaker(), line.text(), line.startMs(), line.endMs()));
            }
        }
        return new CallDraft(call.callId(), call.agentId(), call.customerId(), call.language(),
                call.startTime().toString(), call.durationSeconds(), utterances == null ? call.transcript() : null,
                utterances);
    }
}
