package com.salescalls.calls.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One call as a client posts it ({@code POST /api/v1/calls}, each item of {@code /bulk}). Everything is optional
 * here and checked by {@link CallPayloads}, so that every problem is reported by field name, not as an unreadable
 * body.
 */
@NamedInterface("payloads")
public record CallPayload(@Nullable String callId, @Nullable String agentId, @Nullable String customerId,
                          @Nullable String language, @Nullable String startTime, @Nullable Integer durationSeconds,
                          @Nullable String transcript, @Nullable List<@Nullable UtterancePayload> utterances) {

    /** One utterance: who spoke, what, and when (milliseconds from the start of the call) if known. */
    public record UtterancePayload(@Nullable String speaker, @Nullable String text, @Nullable Long startMs,
                                   @Nullable Long endMs) {
    }
}
