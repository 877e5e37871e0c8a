package com.salescalls.calls.web;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import com.salescalls.calls.Call;

/** A call as the API shows it; the embedding appears only when asked for. */
record CallView(String callId, String agentId, String customerId, String language, OffsetDateTime startTime,
                int durationSeconds, String transcript, @Nullable Double agentTalkRatio,
                @Nullable Double customerSentimentScore, String analysisStatus,
                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String analysisError,
                @JsonInclude(JsonInclude.Include.NON_NULL) float @Nullable [] embedding,
                OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static CallView of(Call call) {
        return new CallView(call.callId(), call.agentId(), call.customerId(), call.language(), call.startTime(),
                call.durationSeconds(), call.transcript(), call.agentTalkRatio(), call.customerSentimentScore(),
                call.analysisStatus(), call.analysisError(), call.embedding(), call.createdAt(), call.updatedAt());
    }
}
