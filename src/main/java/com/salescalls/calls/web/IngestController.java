package com.salescalls.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.calls.CallDraft;
import com.salescalls.calls.CallService;
import com.salescalls.calls.Checked;
import com.salescalls.calls.IngestResult;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.IngestThrottle;
import com.salescalls.calls.NewCall;
import com.salescalls.calls.TranscriptUploads;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.SpeakerAssignment;
import com.salescalls.insights.TranscriptFormat.MediaTypes;

/**
 * Ingestion (admins and managers, see the security rules): one call, or many as a JSON array or an NDJSON
 * stream. An accepted call is stored at once and analysed in the background; its {@code analysis_status} says
 * when the analysis is there.
 */
@RestController
@Tag(name = "calls")
class IngestController {

    static final String NDJSON = "application/x-ndjson";

    private final CallService calls;
    private final IngestRules rules;
    private final BulkReader reader;
    private final IngestThrottle throttle;

    IngestController(CallService calls, IngestRules rules, JsonMapper json, IngestThrottle throttle) {
        this.calls = calls;
        this.rules = rules;
        this.reader = new BulkReader(json);
        this.throttle = throttle;
    }

    /** @param speakers each speaker of the transcript, the side they were put on and the evidence for it */
    record Accepted(String callId, String status, String analysisStatus, List<String> unknownSpeakers,
                    List<SpeakerAssignment> speakers) {
    }

    @PostMapping(path = "/api/v1/calls", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Store one call and queue its analysis: 202 when new, 200 with the stored call when "
            + "re-posted unchanged, 409 when its id is stored with other content")
    ResponseEntity<?> ingest(@AuthenticationPrincipal CurrentUser caller, @RequestBody CallPayload payload) {
        throttle.acquire(caller.id());
        return store(caller, payload.toDraft());
    }

    @PostMapping(path = "/api/v1/calls", consumes = {MediaTypes.TEXT_VTT, MediaTypes.SUBRIP, MediaTypes.TEXT_SRT,
            MediaTypes.TEXT_PLAIN})
    @Operation(summary = "Store one call uploaded as its transcript file, the Content-Type naming the format "
            + "(text/vtt, application/x-subrip or text/srt, text/plain for Speaker: lines) and the other fields "
            + "given as query parameters; answers as the JSON post does")
    ResponseEntity<?> upload(@AuthenticationPrincipal CurrentUser caller,
            @RequestHeader("Content-Type") MediaType contentType,
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestParam(name = "call_id", required = false) @Nullable String callId,
            @RequestParam(name = "agent_id", required = false) @Nullable String agentId,
            @RequestParam(name = "customer_id", required = false) @Nullable String customerId,
            @RequestParam(name = "language", required = false) @Nullable String language,
            @RequestParam(name = "start_time", required = false) @Nullable String startTime,
            @RequestParam(name = "duration_seconds", required = false) @Nullable Integer durationSeconds,
            @Parameter(description = "Name:role, once per speaker (role agent or customer)")
            @RequestParam(name = "speakers", required = false) @Nullable List<String> speakers) {
        throttle.acquire(caller.id());
        return store(caller, TranscriptUploads.draft(contentType.getType() + "/" + contentType.getSubtype(),
                contentType.getParameter("charset"), body, callId, agentId, customerId, language, startTime,
                durationSeconds, speakers));
    }

    private ResponseEntity<?> store(CurrentUser caller, CallDraft draft) {
        Checked.Valid<NewCall> valid = switch (rules.check(draft)) {
            case Checked.Valid<NewCall> checked -> checked;
            case Checked.Invalid<NewCall>(var violations) -> throw RuleViolations.unprocessable(violations);
        };
        NewCall call = valid.value();
        IngestResult result = calls.ingest(List.of(call)).getFirst();
        return switch (result.status()) {
            case ACCEPTED -> ResponseEntity.accepted().location(URI.create("/api/v1/calls/" + call.callId()))
                    .body(new Accepted(call.callId(), "accepted", "pending", valid.unknownSpeakers(),
                            valid.speakers()));
            case ALREADY_STORED -> ResponseEntity.ok(CallView.of(calls.get(call.callId(), caller, false)));
            case CONFLICT -> throw new DuplicateCall(call.callId());
        };
    }

    @PostMapping(path = "/api/v1/calls/bulk", consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON})
    @Operation(summary = "Store many calls (a JSON array, or NDJSON: one call per line) and queue their analysis; "
            + "202 with a report: each stored line, and each rejected line with its reason")
    ResponseEntity<BulkIngest.Report> bulk(@AuthenticationPrincipal CurrentUser caller,
            @RequestHeader("Content-Type") MediaType contentType,
            InputStream body) throws IOException {
        throttle.acquire(caller.id());
        BulkIngest ingest = new BulkIngest(calls, rules);
        boolean complete = contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
                ? reader.readArray(body, rules.maxBulkCalls(), ingest::add)
                : reader.readNdjson(body, rules.maxBulkCalls(), ingest::add);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ingest.finish(complete));
    }
}
