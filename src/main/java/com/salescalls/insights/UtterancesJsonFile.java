package com.salescalls.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the utterance lists most transcription APIs return: a JSON array, or an object holding it as
 * {@code utterances} (AssemblyAI), {@code results.utterances} (Deepgram) or {@code segments} (Whisper-style). Each
 * entry has a {@code speaker} (a string, or a number n read as "Speaker n"), its words as {@code text} or
 * {@code transcript}, and optionally {@code start} and {@code end}.
 *
 * <p>How the unit is told: fields named {@code start_ms}/{@code end_ms} are milliseconds; {@code start}/{@code end}
 * are seconds when any of them in the file has a fraction (0.5, as Deepgram and Whisper write), and milliseconds
 * when all are whole numbers (as AssemblyAI writes). Whole seconds read as milliseconds would make people speak
 * absurdly fast, so a file whose speech comes out faster than {@value #MAX_WORDS_PER_SECOND} words a second is
 * refused with a hint, rather than analysed wrong.
 *
 * <p>Times are all or nothing: every entry has them, or none does.
 */
final class UtterancesJsonFile {

    static final int MAX_WORDS_PER_SECOND = 20;

    private UtterancesJsonFile() {
    }

    private record Entry(String path, String speaker, String text, @Nullable BigDecimal start, @Nullable BigDecimal end) {
    }

    static ParsedTranscript parse(JsonNode root) {
        List<TranscriptProblem> problems = new ArrayList<>();
        String listPath = root.isArray() ? "" : root.has("utterances") ? "utterances"
                : root.path("results").has("utterances") ? "results.utterances" : root.has("segments") ? "segments" : null;
        JsonNode list = listPath == null ? null : listPath.isEmpty() ? root
                : listPath.equals("results.utterances") ? root.get("results").get("utterances") : root.get(listPath);
        if (list == null || !list.isArray() || list.isEmpty()) {
            return ParsedTranscript.failed(listPath == null || listPath.isEmpty() ? "file" : listPath,
                    "must be a non-empty list of utterances {speaker, text, start, end}");
        }
        List<Entry> entries = new ArrayList<>();
        boolean millisFields = list.get(0).has("start_ms") || list.get(0).has("end_ms");
        String startField = millisFields ? "start_ms" : "start";
        String endField = millisFields ? "end_ms" : "end";
        boolean timed = list.get(0).has(startField);
        for (int i = 0; i < list.size() && problems.size() < ParsedTranscript.MAX_PROBLEMS; i++) {
            String path = (listPath.isEmpty() ? "" : listPath) + "[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                problems.add(new TranscriptProblem(path, "must be an object {speaker, text, start, end}"));
                continue;
            }
            String speaker = speaker(node.get("speaker"), path + ".speaker", problems);
            JsonNode words = node.has("text") ? node.get("text") : node.get("transcript");
            if (words == null || !words.isString()) {
                problems.add(new TranscriptProblem(path + ".text", words == null ? "is required (or transcript)"
                        : "must be a string"));
            }
            BigDecimal start = null;
            BigDecimal end = null;
            if (timed != node.has(startField)) {
                problems.add(new TranscriptProblem(path + "." + startField, timed
                        ? "is missing while the first utterance has it" : "is given while the first utterance has none"));
            } else if (timed) {
                start = JsonFile.decimal(node.get(startField), path + "." + startField, problems);
                end = JsonFile.decimal(node.get(endField), path + "." + endField, problems);
            }
            if (speaker != null && words != null && words.isString()) {
                entries.add(new Entry(path, speaker, words.stringValue(), start, end));
            }
        }
        boolean seconds = !millisFields && entries.stream().anyMatch(e -> fractional(e.start()) || fractional(e.end()));
        List<SpokenLine> lines = new ArrayList<>();
        for (Entry entry : entries) {
            Long start = entry.start() == null ? null : millis(entry.start(), seconds, entry.path() + "." + startField, problems);
            Long end = entry.end() == null ? null : millis(entry.end(), seconds, entry.path() + "." + endField, problems);
            if (start != null && end != null && end < start) {
                problems.add(new TranscriptProblem(entry.path() + "." + endField, "is before its " + startField));
            } else if (start != null && !lines.isEmpty() && lines.getLast().startMs() != null
                    && start < lines.getLast().startMs()) {
                problems.add(new TranscriptProblem(entry.path() + "." + startField,
                        "is before the previous utterance's; utterances must be in time order"));
            }
            lines.add(new SpokenLine(entry.speaker(), entry.text().strip(), start, end));
        }
        if (problems.isEmpty() && timed && !seconds && !millisFields) {
            checkPace(lines, problems);
        }
        List<SpokenLine> turns = Turns.merge(lines);
        if (problems.isEmpty() && turns.isEmpty()) {
            problems.add(new TranscriptProblem("file", "holds no speech"));
        }
        return ParsedTranscript.of(turns, problems);
    }

    private static @Nullable String speaker(@Nullable JsonNode node, String path, List<TranscriptProblem> problems) {
        if (node != null && node.isIntegralNumber()) {
            return "Speaker " + node.asString();
        }
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            problems.add(new TranscriptProblem(path, "is required: a name, a label or a number"));
            return null;
        }
        return node.stringValue().strip();
    }

    private static boolean fractional(@Nullable BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }

    private static @Nullable Long millis(BigDecimal value, boolean seconds, String path, List<TranscriptProblem> problems) {
        BigDecimal ms = seconds ? value.movePointRight(3) : value;
        if (ms.signum() < 0 || ms.compareTo(BigDecimal.valueOf(Transcript.MAX_MS)) > 0) {
            problems.add(new TranscriptProblem(path, "must be between 0 and 24 hours"));
            return null;
        }
        return ms.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static void checkPace(List<SpokenLine> lines, List<TranscriptProblem> problems) {
        long words = lines.stream().mapToLong(l -> SpokenWords.count(l.text())).sum();
        long spokenMs = lines.stream().mapToLong(l -> Math.max(0, l.endMs() - l.startMs())).sum();
        if (words > 0 && words * 1000L > MAX_WORDS_PER_SECOND * Math.max(spokenMs, 1)) {
            problems.add(new TranscriptProblem("file", "read as milliseconds, its " + words + " words take "
                    + spokenMs + " ms; if the times are seconds, write them with a decimal point (4.0) or "
                    + "name the fields start_ms/end_ms for milliseconds"));
        }
    }
}
