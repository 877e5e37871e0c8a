package com.salescalls.calls.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

import com.salescalls.calls.CallsProperties;
import com.salescalls.calls.NewCall;
import com.salescalls.insights.InvalidTranscript;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.platform.InvalidParameters.Violation;

/**
 * Checks a posted call against the ingest rules and turns it into a {@link NewCall}, collecting every violation
 * (named like the JSON field, {@code utterances[2].end_ms} for nested ones) instead of stopping at the first.
 * Exposed for now to the analysis module's {@code POST /api/v1/analyze}, which checks transcripts the same way.
 */
@NamedInterface("payloads")
public final class CallPayloads {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    static final String ID_MESSAGE = "must be 1-64 characters of letters, digits, '_', '.', ':' and '-'";
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8})?");
    /** A day: longer recordings are not calls. */
    public static final int MAX_DURATION_SECONDS = 86_400;
    private static final int MAX_SPEAKER_CHARS = 100;

    /** The call, or why it cannot be stored. */
    record Checked(@Nullable NewCall call, List<Violation> violations) {
    }

    private final CallsProperties limits;
    private final TranscriptAnalyzer analyzer;

    public CallPayloads(CallsProperties limits, TranscriptAnalyzer analyzer) {
        this.limits = limits;
        this.analyzer = analyzer;
    }

    Checked check(CallPayload payload) {
        List<Violation> violations = new ArrayList<>();
        String callId = id(violations, "call_id", payload.callId());
        String agentId = id(violations, "agent_id", payload.agentId());
        String customerId = id(violations, "customer_id", payload.customerId());
        String language = payload.language() == null ? "en" : payload.language();
        if (!LANGUAGE.matcher(language).matches()) {
            violations.add(new Violation("language", "must be a language code like en or en-US"));
        }
        OffsetDateTime start = startTime(violations, payload.startTime());
        TranscriptCheck transcript = checkTranscript(violations, payload.transcript(), payload.utterances());
        Integer duration = payload.durationSeconds() != null ? payload.durationSeconds() : transcript.derivedDuration();
        if (duration == null) {
            violations.add(new Violation("duration_seconds", "is required (unless every utterance has end_ms)"));
        } else if (duration < 0 || duration > MAX_DURATION_SECONDS) {
            violations.add(new Violation("duration_seconds", "must be between 0 and " + MAX_DURATION_SECONDS));
        }
        if (!violations.isEmpty()) {
            return new Checked(null, List.copyOf(violations));
        }
        NewCall call = transcript.lines() == null
                ? new NewCall(callId, agentId, customerId, language, start, duration, payload.transcript())
                : NewCall.ofUtterances(callId, agentId, customerId, language, start, duration, transcript.lines());
        try {
            analyzer.validate(IngestController.input(call)); // what the analysis would reject is refused now
        } catch (InvalidTranscript invalid) {
            return new Checked(null, violations(invalid));
        }
        return new Checked(call, List.of());
    }

    @SuppressWarnings("unchecked") // InvalidParameters keeps its violations as the problem's "errors"
    private static List<Violation> violations(InvalidTranscript invalid) {
        Object errors = invalid.getBody().getProperties() == null ? null
                : invalid.getBody().getProperties().get("errors");
        return errors instanceof List<?> list ? (List<Violation>) list
                : List.of(new Violation("transcript", invalid.getMessage()));
    }

    public record TranscriptCheck(@Nullable List<SpokenLine> lines, @Nullable Integer derivedDuration) {
    }

    /** Exactly one of text and utterances; the lines come back for utterances, with the duration they imply. */
    public TranscriptCheck checkTranscript(List<Violation> violations, @Nullable String text,
            @Nullable List<CallPayload.@Nullable UtterancePayload> utterances) {
        if ((text == null) == (utterances == null)) {
            violations.add(new Violation("transcript", "give exactly one of transcript (text) and utterances"));
            return new TranscriptCheck(null, null);
        }
        if (text != null) {
            if (text.isBlank()) {
                violations.add(new Violation("transcript", "must not be blank"));
            } else if (text.length() > limits.maxTranscriptChars()) {
                violations.add(new Violation("transcript", "must be at most " + limits.maxTranscriptChars()
                        + " characters"));
            }
            return new TranscriptCheck(null, null);
        }
        return checkUtterances(violations, utterances);
    }

    private TranscriptCheck checkUtterances(List<Violation> violations,
            List<CallPayload.@Nullable UtterancePayload> utterances) {
        if (utterances.isEmpty() || utterances.size() > limits.maxUtterances()) {
            violations.add(new Violation("utterances", "must hold 1 to " + limits.maxUtterances() + " utterances"));
            return new TranscriptCheck(null, null);
        }
        List<SpokenLine> lines = new ArrayList<>(utterances.size());
        long characters = 0;
        long lastEnd = -1;
        boolean allTimed = true;
        for (int i = 0; i < utterances.size(); i++) {
            CallPayload.UtterancePayload u = utterances.get(i);
            String at = "utterances[" + i + "]";
            if (u == null) {
                violations.add(new Violation(at, "must be an object {speaker, text, start_ms, end_ms}"));
                continue;
            }
            if (u.speaker() == null || u.speaker().isBlank() || u.speaker().length() > MAX_SPEAKER_CHARS
                    || u.speaker().contains("\n")) {
                violations.add(new Violation(at + ".speaker", "must be 1-" + MAX_SPEAKER_CHARS
                        + " characters on one line"));
            }
            if (u.text() == null || u.text().isBlank()) {
                violations.add(new Violation(at + ".text", "must not be blank"));
            } else {
                characters += u.text().length();
            }
            if (u.startMs() != null && u.startMs() < 0) {
                violations.add(new Violation(at + ".start_ms", "must not be negative"));
            }
            if (u.endMs() != null && (u.endMs() < 0 || u.startMs() != null && u.endMs() < u.startMs())) {
                violations.add(new Violation(at + ".end_ms", "must not be negative nor before start_ms"));
            }
            allTimed &= u.endMs() != null;
            lastEnd = u.endMs() == null ? lastEnd : Math.max(lastEnd, u.endMs());
            lines.add(new SpokenLine(u.speaker() == null ? "" : u.speaker().strip(),
                    u.text() == null ? "" : u.text(), u.startMs(), u.endMs()));
        }
        if (characters > limits.maxTranscriptChars()) {
            violations.add(new Violation("utterances", "must hold at most " + limits.maxTranscriptChars()
                    + " characters of text in all"));
        }
        Integer derived = allTimed && lastEnd >= 0 ? (int) Math.min(Integer.MAX_VALUE, (lastEnd + 999) / 1000) : null;
        return new TranscriptCheck(lines, derived);
    }

    private static String id(List<Violation> violations, String name, @Nullable String value) {
        if (value == null) {
            violations.add(new Violation(name, "is required"));
        } else if (!ID.matcher(value).matches()) {
            violations.add(new Violation(name, ID_MESSAGE));
        }
        return value;
    }

    private static @Nullable OffsetDateTime startTime(List<Violation> violations, @Nullable String value) {
        if (value == null) {
            violations.add(new Violation("start_time", "is required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation("start_time", "must be an ISO-8601 date-time with an offset, "
                    + "e.g. 2026-03-01T09:30:00Z"));
            return null;
        }
    }
}
