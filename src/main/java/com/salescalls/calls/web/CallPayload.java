package com.salescalls.calls.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.salescalls.calls.CallDraft;
import com.salescalls.calls.IngestRules;

/**
 * One call as a client posts it ({@code POST /api/v1/calls}, each item of {@code /bulk}). Everything is optional
 * here and checked by the {@link IngestRules}, so that every problem is reported by field name, not as an
 * unreadable body.
 */
record CallPayload(@Nullable String callId, @Nullable String agentId, @Nullable String customerId,
                   @Nullable String language, @Nullable String startTime, @Nullable Integer durationSeconds,
                   @Nullable JsonNode transcript, @Nullable List<@Nullable UtterancePayload> utterances,
                   @Nullable String format, @Nullable Map<String, @Nullable String> speakers) {

    /** One utterance: who spoke, what, and when (milliseconds from the start of the call) if known. */
    record UtterancePayload(@Nullable String speaker, @Nullable String text, @Nullable Long startMs,
                            @Nullable Long endMs) {
    }

    CallDraft toDraft() {
        return new CallDraft(callId, agentId, customerId, language, startTime, durationSeconds, text(transcript),
                utterances(utterances), format, speakers, isJsonValue(transcript));
    }

    /**
     * The transcript as text: a string as it is; an object or a list (a JSON transcript file posted inline, as
     * {@code aws_transcribe} and {@code utterances_json} allow) as its JSON text.
     */
    static @Nullable String text(@Nullable JsonNode transcript) {
        if (transcript == null || transcript.isNull()) {
            return null;
        }
        return transcript.isString() ? transcript.stringValue() : transcript.toString();
    }

    static boolean isJsonValue(@Nullable JsonNode transcript) {
        return transcript != null && !transcript.isNull() && !transcript.isString();
    }

    static @Nullable List<CallDraft.@Nullable Utterance> utterances(
            @Nullable List<@Nullable UtterancePayload> utterances) {
        return utterances == null ? null : utterances.stream()
                .map(u -> u == null ? null : new CallDraft.Utterance(u.speaker(), u.text(), u.startMs(), u.endMs()))
                .toList();
    }
}
