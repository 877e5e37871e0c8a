package com.salescalls.calls;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import com.salescalls.platform.Identifiers;
import com.salescalls.insights.AgentNames;
import com.salescalls.insights.ParsedTranscript;
import com.salescalls.insights.SpeakerAssignment;
import com.salescalls.insights.SpeakerResolution;
import com.salescalls.insights.SpeakerResolver;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptCheck;
import com.salescalls.insights.TranscriptFiles;
import com.salescalls.insights.TranscriptFormat;
import com.salescalls.insights.TranscriptInput;

/**
 * The rules every call obeys before it is stored, whichever way it comes: the HTTP API (one call or bulk), the live
 * producer socket and the generator. They hold every ingest limit: the id and language patterns, the longest
 * duration and speaker label, and the configured transcript size, utterance count and bulk size
 * ({@code MAX_TRANSCRIPT_CHARS}, {@code MAX_UTTERANCES}, {@code MAX_BULK_CALLS}). Text must be valid Unicode
 * without NUL characters: PostgreSQL cannot store a NUL, and a lone surrogate has no UTF-8 form.
 *
 * <p>Every violation is collected, not only the first, and returned as a value. The transcript is parsed once, by
 * the analysis's own check ({@link TranscriptAnalyzer#check}), so that what the analysis would reject is refused
 * before it is stored, and the unknown speakers come from that same parse.
 */
@NamedInterface("ingest")
@Component
public class IngestRules {

    public static final String LANGUAGE_PATTERN = "[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8})?";
    public static final String LANGUAGE_MESSAGE = "must be a language code like en or en-US";
    public static final String DEFAULT_LANGUAGE = "en";
    /** A day: longer recordings are not calls. */
    public static final int MAX_DURATION_SECONDS = 86_400;
    public static final int MAX_SPEAKER_CHARS = 100;

    private static final Pattern ID = Pattern.compile(Identifiers.PATTERN);
    private static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_PATTERN);
    private static final char NUL = (char) 0;

    private final int maxTranscriptChars;
    private final int maxUtterances;
    private final int maxBulkCalls;
    private final TranscriptAnalyzer analyzer;
    private final AgentNamesLookup agents;

    IngestRules(CallsProperties properties, TranscriptAnalyzer analyzer, AgentNamesLookup agents) {
        this.maxTranscriptChars = properties.maxTranscriptChars();
        this.maxUtterances = properties.maxUtterances();
        this.maxBulkCalls = properties.maxBulkCalls();
        this.analyzer = analyzer;
        this.agents = agents;
    }

    /** Characters in one transcript, or in all of its utterances' text together. */
    public int maxTranscriptChars() {
        return maxTranscriptChars;
    }

    public int maxUtterances() {
        return maxUtterances;
    }

    /** Calls in one bulk request. */
    public int maxBulkCalls() {
        return maxBulkCalls;
    }

    public static boolean isId(@Nullable String value) {
        return value != null && ID.matcher(value).matches();
    }

    public static boolean isLanguage(@Nullable String value) {
        return value != null && LANGUAGE.matcher(value).matches();
    }

    /** A posted call: the call to store with its unknown speakers, or every rule it breaks. */
    public Checked<NewCall> check(CallDraft draft) {
        List<Violation> violations = new ArrayList<>();
        String callId = id(violations, "call_id", draft.callId());
        String agentId = id(violations, "agent_id", draft.agentId());
        String customerId = id(violations, "customer_id", draft.customerId());
        String language = draft.language() == null ? DEFAULT_LANGUAGE : draft.language();
        if (!isLanguage(language)) {
            violations.add(new Violation("language", LANGUAGE_MESSAGE));
        }
        OffsetDateTime start = startTime(violations, draft.startTime());
        // the directory is asked only when names are to be told apart, and only for a valid agent id
        Supplier<Optional<AgentNames>> agent = () -> agentId == null || !isId(agentId) ? Optional.empty()
                : agents.namesOf(agentId);
        Form form = speakers(violations, form(violations, draft), draft, agent);
        Integer duration = draft.durationSeconds() != null ? draft.durationSeconds() : form.derivedDuration();
        if (duration == null) {
            violations.add(new Violation("duration_seconds", "is required (unless every utterance has end_ms)"));
        } else {
            checkDuration(violations, duration);
        }
        if (!violations.isEmpty()) {
            return new Checked.Invalid<>(violations);
        }
        NewCall call = form.lines() == null
                ? new NewCall(callId, agentId, customerId, language, start, duration, draft.transcript())
                : NewCall.ofUtterances(callId, agentId, customerId, language, start, duration, form.lines());
        return parsed(call, call.transcriptInput(), form.speakers());
    }

    /** A call built in code (a live call at its end, a generated one), held to the same rules as a posted one. */
    public Checked<NewCall> check(NewCall call) {
        return check(CallDraft.of(call));
    }

    /**
     * A transcript alone, as {@code POST /api/v1/analyze} takes it: exactly one of text and utterances, with the
     * call's duration when known (derived from the utterances' ends when every one has one).
     */
    public Checked<TranscriptInput> checkTranscript(@Nullable String text,
            @Nullable List<CallDraft.@Nullable Utterance> utterances, @Nullable Integer durationSeconds) {
        return checkTranscript(new CallDraft(null, null, null, null, null, durationSeconds, text, utterances));
    }

    /**
     * A transcript alone in any format, with its speakers mapping; only {@code transcript}, {@code utterances},
     * {@code format}, {@code speakers} and {@code duration_seconds} of the draft count (no agent, so no directory
     * names).
     */
    public Checked<TranscriptInput> checkTranscript(CallDraft draft) {
        List<Violation> violations = new ArrayList<>();
        String text = draft.transcript();
        Integer durationSeconds = draft.durationSeconds();
        Form form = speakers(violations, form(violations, draft), draft, Optional::empty);
        Integer duration = durationSeconds != null ? durationSeconds : form.derivedDuration();
        if (duration != null) {
            checkDuration(violations, duration);
        }
        if (!violations.isEmpty()) {
            return new Checked.Invalid<>(violations);
        }
        TranscriptInput input = form.lines() == null ? TranscriptInput.text(Objects.requireNonNull(text), duration)
                : TranscriptInput.lines(form.lines(), duration);
        return parsed(input, input, form.speakers());
    }

    /**
     * One utterance on its own, as a live producer sends it; {@code at} prefixes the field names
     * ({@code utterances[2]}), or is empty for bare {@code speaker}, {@code text}, {@code start_ms} and {@code end_ms}.
     */
    public List<Violation> checkUtterance(String at, CallDraft.Utterance utterance) {
        List<Violation> violations = new ArrayList<>(0);
        String speaker = utterance.speaker();
        if (speaker == null || speaker.isBlank() || speaker.length() > MAX_SPEAKER_CHARS || speaker.contains("\n")) {
            violations.add(new Violation(field(at, "speaker"), "must be 1-" + MAX_SPEAKER_CHARS
                    + " characters on one line"));
        } else {
            checkText(violations, field(at, "speaker"), speaker);
        }
        if (utterance.text() == null || utterance.text().isBlank()) {
            violations.add(new Violation(field(at, "text"), "must not be blank"));
        } else {
            checkText(violations, field(at, "text"), utterance.text());
        }
        Long startMs = utterance.startMs();
        Long endMs = utterance.endMs();
        if (startMs != null && startMs < 0) {
            violations.add(new Violation(field(at, "start_ms"), "must not be negative"));
        }
        if (endMs != null && (endMs < 0 || startMs != null && endMs < startMs)) {
            violations.add(new Violation(field(at, "end_ms"), "must not be negative nor before start_ms"));
        }
        return violations;
    }

    /**
     * Why a text cannot be stored, or null when it can: a NUL character (PostgreSQL refuses it) or a lone
     * surrogate (half of a UTF-16 pair, which has no UTF-8 form and breaks the tokenizer's offsets).
     */
    public static @Nullable String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                return "must not contain NUL characters (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode: a lone surrogate (\\u" + Integer.toHexString(c) + ") at character " + i;
            }
        }
        return null;
    }

    private <T> Checked<T> parsed(T value, TranscriptInput input, List<SpeakerAssignment> speakers) {
        TranscriptCheck parsed = analyzer.check(input);
        return parsed.valid() ? new Checked.Valid<>(value, parsed.unknownSpeakers(), speakers)
                : new Checked.Invalid<>(parsed.violations().stream()
                        .map(v -> new Violation(v.field(), v.message())).toList());
    }

    /**
     * The lines of the utterance form (null for text), with the duration they imply when every one has an end, and
     * how each speaker was placed once the speakers are settled.
     */
    private record Form(@Nullable List<SpokenLine> lines, @Nullable Integer derivedDuration,
                        List<SpeakerAssignment> speakers) {
        static final Form NONE = new Form(null, null);

        Form(@Nullable List<SpokenLine> lines, @Nullable Integer derivedDuration) {
            this(lines, derivedDuration, List.of());
        }

        Form placing(List<SpeakerAssignment> placed) {
            return new Form(lines, derivedDuration, placed);
        }
    }

    /** The transcript in the draft's format: text as it is, every other form as utterances. */
    private Form form(List<Violation> violations, CallDraft draft) {
        TranscriptFormat format = draft.format() == null ? null
                : TranscriptFormat.fromWireName(draft.format()).orElse(null);
        if (draft.format() != null && format == null) {
            violations.add(new Violation("format", "must be one of " + TranscriptFormat.wireNames()));
            return Form.NONE;
        }
        if (format == null || !format.isFile()) {
            if (format == TranscriptFormat.TEXT && draft.utterances() != null) {
                violations.add(new Violation("format", "text takes a transcript, not utterances"));
                return Form.NONE;
            }
            if (format == TranscriptFormat.UTTERANCES && draft.transcript() != null) {
                violations.add(new Violation("format", "utterances takes utterances, not a transcript"));
                return Form.NONE;
            }
            if (draft.transcriptIsJson()) {
                violations.add(new Violation("transcript", "must be a string (a JSON value is taken only with format "
                        + "aws_transcribe or utterances_json)"));
                return Form.NONE;
            }
            return form(violations, draft.transcript(), draft.utterances());
        }
        return file(violations, format, draft);
    }

    /** A transcript file: parsed by insights, its problems named by line, cue or JSON path under "transcript". */
    private Form file(List<Violation> violations, TranscriptFormat format, CallDraft draft) {
        String content = draft.transcript();
        if (content == null || draft.utterances() != null) {
            violations.add(new Violation("transcript", "a " + format.wireName() + " file goes in transcript, and "
                    + "utterances are not given with it"));
            return Form.NONE;
        }
        if (draft.transcriptIsJson() && !format.isJson()) {
            violations.add(new Violation("transcript", "a " + format.wireName() + " file is text: post it as a string"));
            return Form.NONE;
        }
        if (content.isBlank()) {
            violations.add(new Violation("transcript", "must not be blank"));
            return Form.NONE;
        }
        if (content.length() > maxTranscriptChars) {
            violations.add(new Violation("transcript", "must be at most " + maxTranscriptChars + " characters"));
            return Form.NONE;
        }
        String problem = textProblem(content);
        if (problem != null) {
            violations.add(new Violation("transcript", problem));
            return Form.NONE;
        }
        ParsedTranscript parsed = TranscriptFiles.parse(format, content);
        if (!parsed.isValid()) {
            parsed.problems().forEach(p -> violations.add(new Violation("transcript", p.toString())));
            return Form.NONE;
        }
        if (parsed.lines().size() > maxUtterances) {
            violations.add(new Violation("transcript", "holds " + parsed.lines().size() + " utterances, more than "
                    + maxUtterances));
            return Form.NONE;
        }
        for (int i = 0; i < parsed.lines().size(); i++) {
            SpokenLine line = parsed.lines().get(i);
            violations.addAll(checkUtterance("transcript utterance " + (i + 1),
                    new CallDraft.Utterance(line.speaker(), line.text(), line.startMs(), line.endMs())));
        }
        boolean allTimed = parsed.lines().stream().allMatch(l -> l.endMs() != null);
        long lastEnd = parsed.lines().stream().mapToLong(l -> l.endMs() == null ? -1 : l.endMs()).max().orElse(-1);
        return new Form(parsed.lines(), allTimed && lastEnd >= 0
                ? (int) Math.min(Integer.MAX_VALUE, (lastEnd + 999) / 1000) : null);
    }

    /**
     * Gives the speakers their roles ({@link SpeakerResolver}): a mapping's names, a role the format carries, role
     * words, the agent's directory names, the only other speaker. Text keeps its form unless that changes a role,
     * and then becomes utterances (a mapping for text with words before its first label is refused: no utterance
     * could hold them).
     */
    private Form speakers(List<Violation> violations, Form form, CallDraft draft,
            Supplier<Optional<AgentNames>> agent) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (draft.speakers() != null) {
            draft.speakers().forEach((name, role) -> mapping.put(name, role == null ? "" : role));
        }
        if (!violations.isEmpty() || form == Form.NONE && draft.transcript() == null) {
            return form;
        }
        List<SpokenLine> lines = form.lines();
        boolean text = lines == null;
        if (text) {
            lines = draft.transcript() == null ? null : TranscriptFiles.textLines(draft.transcript()).orElse(null);
            if (lines == null) {
                return form; // timings that cannot be right: the text check names them
            }
            if (lines.stream().anyMatch(line -> line.speaker().isEmpty())) {
                if (!mapping.isEmpty()) {
                    violations.add(new Violation("speakers", "apply to a transcript whose every line has a speaker "
                            + "label; this one has text before its first label, so post it as utterances"));
                }
                // no utterance could hold the words before the first label, so only the labels place anyone
                return form.placing(SpeakerResolver.resolve(lines, Map.of(), null).speakers());
            }
        }
        SpeakerResolution resolution = SpeakerResolver.resolve(lines, mapping, agent.get().orElse(null));
        resolution.problems().forEach(p -> violations.add(new Violation(p.location(), p.message())));
        boolean changesRoles = resolution.speakers().stream()
                .anyMatch(a -> a.source() != SpeakerAssignment.Source.LABEL && a.source() != SpeakerAssignment.Source.NONE);
        if (text && !changesRoles) {
            return form.placing(resolution.speakers());
        }
        return new Form(resolution.lines(), form.derivedDuration(), resolution.speakers());
    }

    private Form form(List<Violation> violations, @Nullable String text,
            @Nullable List<CallDraft.@Nullable Utterance> utterances) {
        if ((text == null) == (utterances == null)) {
            violations.add(new Violation("transcript", "give exactly one of transcript (text) and utterances"));
            return Form.NONE;
        }
        if (text != null) {
            if (text.isBlank()) {
                violations.add(new Violation("transcript", "must not be blank"));
            } else if (text.length() > maxTranscriptChars) {
                violations.add(new Violation("transcript", "must be at most " + maxTranscriptChars + " characters"));
            } else {
                checkText(violations, "transcript", text);
            }
            return Form.NONE;
        }
        if (utterances.isEmpty() || utterances.size() > maxUtterances) {
            violations.add(new Violation("utterances", "must hold 1 to " + maxUtterances + " utterances"));
            return Form.NONE;
        }
        List<SpokenLine> lines = new ArrayList<>(utterances.size());
        long characters = 0;
        long lastEnd = -1;
        boolean allTimed = true;
        for (int i = 0; i < utterances.size(); i++) {
            CallDraft.Utterance u = utterances.get(i);
            String at = "utterances[" + i + "]";
            if (u == null) {
                violations.add(new Violation(at, "must be an object {speaker, text, start_ms, end_ms}"));
                continue;
            }
            violations.addAll(checkUtterance(at, u));
            characters += u.text() == null ? 0 : u.text().length();
            allTimed &= u.endMs() != null;
            lastEnd = u.endMs() == null ? lastEnd : Math.max(lastEnd, u.endMs());
            lines.add(new SpokenLine(u.speaker() == null ? "" : u.speaker().strip(),
                    u.text() == null ? "" : u.text(), u.startMs(), u.endMs()));
        }
        if (characters > maxTranscriptChars) {
            violations.add(new Violation("utterances", "must hold at most " + maxTranscriptChars
                    + " characters of text in all"));
        }
        Integer derived = allTimed && lastEnd >= 0 ? (int) Math.min(Integer.MAX_VALUE, (lastEnd + 999) / 1000) : null;
        return new Form(lines, derived);
    }

    private static void checkDuration(List<Violation> violations, int duration) {
        if (duration < 0 || duration > MAX_DURATION_SECONDS) {
            violations.add(new Violation("duration_seconds", "must be between 0 and " + MAX_DURATION_SECONDS));
        }
    }

    private static void checkText(List<Violation> violations, String field, String text) {
        String problem = textProblem(text);
        if (problem != null) {
            violations.add(new Violation(field, problem));
        }
    }

    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static String id(List<Violation> violations, String name, @Nullable String value) {
        if (value == null) {
            violations.add(new Violation(name, "is required"));
        } else if (!isId(value)) {
            violations.add(new Violation(name, Identifiers.MESSAGE));
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
