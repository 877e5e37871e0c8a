package com.salescalls.calls.web;

import java.util.Arrays;
import java.util.List;

import com.salescalls.calls.Call;

/** The columns of the calls export: the fields of a call in the JSON list, in that order, under the same names. */
final class CallCsv {

    static final List<String> HEADER = List.of("call_id", "agent_id", "customer_id", "language", "start_time",
            "duration_seconds", "agent_talk_ratio", "customer_sentiment_score", "analysis_status", "analysis_error",
            "analysis_version", "created_at", "updated_at", "transcript");

    private CallCsv() {
    }

    static List<?> row(Call call) {
        return Arrays.asList(call.callId(), call.agentId(), call.customerId(), call.language(), call.startTime(),
                call.durationSeconds(), call.agentTalkRatio(), call.customerSentimentScore(), call.analysisStatus(),
                call.analysisError(), call.analysisVersion(), call.createdAt(), call.updatedAt(), call.transcript());
    }
}
