package com.salescalls.analysis.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.calls.CallDraft;
import com.salescalls.calls.Checked;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.IngestThrottle;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptInput;
import com.salescalls.platform.InvalidParameters;

/** Analyses a transcript the way a stored call is analysed, and stores nothing: for trying the analysis out. */
@RestController
@Tag(name = "calls")
class AnalyzeController {

    private final TranscriptAnalyzer analyzer;
    private final IngestRules rules;
    private final IngestThrottle throttle;

    AnalyzeController(TranscriptAnalyzer analyzer, IngestRules rules, IngestThrottle throttle) {
        this.analyzer = analyzer;
        this.rules = rules;
        this.throttle = throttle;
    }

    /**
     * A transcript as text, a file of another {@code format}, or utterances (exactly one), its speakers mapping, and
     * the call's length when known.
     */
    record AnalyzeRequest(@Nullable JsonNode transcript, @Nullable List<CallDraft.@Nullable Utterance> utterances,
                          @Nullable Integer durationSeconds, @Nullable String format,
                          @Nullable Map<String, @Nullable String> speakers) {

        CallDraft toDraft() {
            String text = transcript == null || transcript.isNull() ? null
                    : transcript.isString() ? transcript.stringValue() : transcript.toString();
            boolean jsonValue = transcript != null && !transcript.isNull() && !transcript.isString();
            return new CallDraft(null, null, null, null, null, durationSeconds, text, utterances, format, speakers,
                    jsonValue);
        }
    }

    record AnalysisView(@Nullable Double agentTalkRatio, @Nullable Double customerSentimentScore,
                        @Nullable ConversationMetrics metrics, List<String> unknownSpeakers, int analysisVersion,
                        @JsonInclude(JsonInclude.Include.NON_NULL) float @Nullable [] embedding) {
    }

    @PostMapping(path = "/api/v1/analyze", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Analyse a transcript (text or utterances) without storing it; `include=embedding` adds "
            + "the 384-float vector")
    AnalysisView analyze(@AuthenticationPrincipal CurrentUser caller, @RequestBody AnalyzeRequest request,
            @RequestParam(name = "include", required = false)
            @Pattern(regexp = "embedding", message = "must be 'embedding' when given") @Nullable String include) {
        throttle.acquire(caller.id());
        TranscriptInput input = switch (rules.checkTranscript(request.toDraft())) {
            case Checked.Valid<TranscriptInput> checked -> checked.value();
            case Checked.Invalid<TranscriptInput>(var violations) -> throw new InvalidParameters(violations.stream()
                    .map(v -> new InvalidParameters.Violation(v.field(), v.message())).toList());
        };
        TranscriptAnalysis analysis = analyzer.analyze(input);
        return new AnalysisView(analysis.agentTalkRatio(), analysis.customerSentimentScore(), analysis.metrics(),
                analysis.unknownSpeakers(), AnalyzerVersion.CURRENT, include == null ? null : analysis.embedding());
    }
}
