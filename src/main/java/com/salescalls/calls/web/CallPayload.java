package com.salescalls.calls.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.calls.CallDraft;
import com.salescalls.calls.IngestRules;

/**
 * One call as a client posts it ({@code POST /api/v1/calls}, each item of {@code /bulk}). Everything is optional
 * here and checked by the {@link IngestRules}, so that every problem is reported by field name, not as an
 * unreadable body.
 */
record CallPayload(@Nullable String callId, @Nullable String agentId, @Nullable String customerId,
                   @Nullable String language, @Nullable String startTime, @Nullable Integer durationSeconds,
                   @Nullable String transcript, @Nullable List<@Nullable UtterancePayload> utterances) {

    /** One utterance: who spoke, what, and when (milliseconds from the start of the call) if known. */
    record UtterancePayload(@Nullable String speaker, @Nullable String text, @Nullable Long startMs,
                            @Nullable Long endMs) {
    }

    CallDraft toDraft() {
        return new CallDraft(callId, agentId, customerId, language, startTime, durationSeconds, transcript,
                utterances(utterances));
    }

    static @Nullable List<CallDraft.@Nullable Utterance> utterances(
            @Nullable List<@Nullable UtterancePayload> utterances) {
        return utterances == null ? null : utterances.stream()
                .map(u -> u == null ? null : new CallDraft.Utterance(u.speaker(), u.text(), u.startMs(), u.endMs()))
                .toList();
    }
}
