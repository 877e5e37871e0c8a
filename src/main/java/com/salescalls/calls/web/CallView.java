package com.salescalls.calls.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import com.salescalls.calls.Call;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.SpeakerRole;
import com.salescalls.insights.SpokenLine;

/**
 * A call as the API shows it; the embedding appears only when asked for, metrics and posted utterances only in a
 * call's detail (and metrics once analysed).
 */
record CallView(String callId, String agentId, String customerId, String language, OffsetDateTime startTime,
                int durationSeconds, String transcript, @Nullable Double agentTalkRatio,
                @Nullable Double customerSentimentScore, String analysisStatus,
                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String analysisError,
                @Nullable Integer analysisVersion,
                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ConversationMetrics metrics,
                @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<UtteranceView> utterances,
                @JsonInclude(JsonInclude.Include.NON_NULL) float @Nullable [] embedding,
                OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static CallView of(Call call) {
        return new CallView(call.callId(), call.agentId(), call.customerId(), call.language(), call.startTime(),
                call.durationSeconds(), call.transcript(), call.agentTalkRatio(), call.customerSentimentScore(),
                call.analysisStatus(), call.analysisError(), call.analysisVersion(), call.metrics(),
                call.utterances() == null ? null : call.utterances().stream().map(UtteranceView::of).toList(),
                call.embedding(), call.createdAt(), call.updatedAt());
    }

    /** A posted utterance with its speaker's name and role (from the mapping, the format or the label). */
    record UtteranceView(String speaker, SpeakerRole role, String text, @Nullable Long startMs, @Nullable Long endMs) {

        static UtteranceView of(SpokenLine line) {
            return new UtteranceView(line.speaker(), line.side(), line.text(), line.startMs(), line.endMs());
        }
    }
}
