package com.salescalls.analysis.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.calls.CallDraft;
import com.salescalls.calls.Checked;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.IngestThrottle;
import com.salescalls.calls.TranscriptUploads;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.SpeakerAssignment;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptFormat.MediaTypes;
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

    /** @param speakers each speaker of the transcript, the side they were put on and the evidence for it */
    record AnalysisView(@Nullable Double agentTalkRatio, @Nullable Double customerSentimentScore,
                        @Nullable ConversationMetrics metrics, List<String> unknownSpeakers,
                        List<SpeakerAssignment> speakers, int analysisVersion,
                        @JsonInclude(JsonInclude.Include.NON_NULL) float @Nullable [] embedding) {
    }

    @PostMapping(path = "/api/v1/analyze", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Analyse a transcript (text or utterances) without storing it; `include=embedding` adds "
            + "the 384-float vector")
    AnalysisView analyze(@AuthenticationPrincipal CurrentUser caller, @RequestBody AnalyzeRequest request,
            @RequestParam(name = "include", required = false)
            @Pattern(regexp = "embedding", message = "must be 'embedding' when given") @Nullable String include) {
        throttle.acquire(caller.id());
        return analysis(request.toDraft(), include);
    }

    @PostMapping(path = "/api/v1/analyze", consumes = {MediaTypes.TEXT_VTT, MediaTypes.SUBRIP, MediaTypes.TEXT_SRT,
            MediaTypes.TEXT_PLAIN})
    @Operation(summary = "Analyse a transcript file uploaded as the body, the Content-Type naming the format "
            + "(text/vtt, application/x-subrip or text/srt, text/plain), without storing it")
    AnalysisView analyzeUpload(@AuthenticationPrincipal CurrentUser caller,
            @RequestHeader("Content-Type") MediaType contentType,
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestParam(name = "duration_seconds", required = false) @Nullable Integer durationSeconds,
            @Parameter(description = "Name:role, once per speaker (role agent or customer)")
            @RequestParam(name = "speakers", required = false) @Nullable List<String> speakers,
            @RequestParam(name = "include", required = false)
            @Pattern(regexp = "embedding", message = "must be 'embedding' when given") @Nullable String include) {
        throttle.acquire(caller.id());
        return analysis(TranscriptUploads.draft(contentType.getType() + "/" + contentType.getSubtype(),
                contentType.getParameter("charset"), body, null, null, null, null, null, durationSeconds, speakers),
                include);
    }

    private AnalysisView analysis(CallDraft draft, @Nullable String include) {
        Checked.Valid<TranscriptInput> valid = switch (rules.checkTranscript(draft)) {
            case Checked.Valid<TranscriptInput> checked -> checked;
            case Checked.Invalid<TranscriptInput>(var violations) -> throw new InvalidParameters(violations.stream()
                    .map(v -> new InvalidParameters.Violation(v.field(), v.message())).toList());
        };
        TranscriptAnalysis analysis = analyzer.analyze(valid.value());
        return new AnalysisView(analysis.agentTalkRatio(), analysis.customerSentimentScore(), analysis.metrics(),
                analysis.unknownSpeakers(), valid.speakers(), AnalyzerVersion.CURRENT,
                include == null ? null : analysis.embedding());
    }
}
