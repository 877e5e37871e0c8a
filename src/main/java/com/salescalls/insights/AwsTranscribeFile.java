package com.salescalls.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Amazon Transcribe output.
 *
 * <ul>
 * <li>Call Analytics ({@code Transcript[]} at the top): each entry's {@code Content}, {@code BeginOffsetMillis},
 * {@code EndOffsetMillis} and {@code ParticipantRole} ({@code AGENT} or {@code CUSTOMER}), which becomes the
 * speaker's role; the speaker's name is the role ("Agent", "Customer").</li>
 * <li>A standard job ({@code results} at the top) run with speaker labels: {@code results.audio_segments} when
 * each has a {@code speaker_label}; otherwise {@code results.items}, each word taking its own
 * {@code speaker_label} (or {@code channel_label}), or the {@code speaker_labels.segments} entry that spans its
 * start; punctuation joins the word before it. Speakers are {@code spk_0}, {@code spk_1}: name them with a
 * {@code speakers} mapping.</li>
 * </ul>
 * Times are seconds (standard, as numeric strings) or milliseconds (Call Analytics).
 */
final class AwsTranscribeFile {

    private AwsTranscribeFile() {
    }

    static ParsedTranscript parse(JsonNode root) {
        List<TranscriptProblem> problems = new ArrayList<>();
        if (root.isObject() && root.get("Transcript") != null) {
            return callAnalytics(root.get("Transcript"), problems);
        }
        JsonNode results = root.isObject() ? root.get("results") : null;
        if (results == null || !results.isObject()) {
            return ParsedTranscript.failed("file", "is neither Amazon Transcribe output (results) nor Call Analytics "
                    + "output (Transcript)");
        }
        JsonNode segments = results.get("audio_segments");
        if (segments != null && segments.isArray() && !segments.isEmpty()
                && segments.valueStream().allMatch(s -> s.hasNonNull("speaker_label"))) {
            return audioSegments(segments, problems);
        }
        return items(results, problems);
    }

    private static ParsedTranscript callAnalytics(JsonNode transcript, List<TranscriptProblem> problems) {
        if (!transcript.isArray() || transcript.isEmpty()) {
            return ParsedTranscript.failed("Transcript", "must be a non-empty list");
        }
        List<SpokenLine> lines = new ArrayList<>();
        for (int i = 0; i < transcript.size() && problems.size() < ParsedTranscript.MAX_PROBLEMS; i++) {
            String path = "Transcript[" + i + "]";
            JsonNode entry = transcript.get(i);
            if (!entry.isObject()) {
                problems.add(new TranscriptProblem(path, "must be an object"));
                continue;
            }
            String content = JsonFile.text(entry, "Content", path, problems);
            String participant = JsonFile.text(entry, "ParticipantRole", path, problems);
            Long start = JsonFile.millis(entry.get("BeginOffsetMillis"), path + ".BeginOffsetMillis", problems);
            Long end = JsonFile.millis(entry.get("EndOffsetMillis"), path + ".EndOffsetMillis", problems);
            SpeakerRole role = participant == null ? null : switch (participant.strip().toUpperCase(Locale.ROOT)) {
                case "AGENT" -> SpeakerRole.AGENT;
                case "CUSTOMER" -> SpeakerRole.CUSTOMER;
                default -> null;
            };
            if (participant != null && role == null) {
                problems.add(new TranscriptProblem(path + ".ParticipantRole", "must be AGENT or CUSTOMER"));
            }
            if (content != null && role != null && start != null && end != null) {
                add(lines, role == SpeakerRole.AGENT ? "Agent" : "Customer", content, start, end, role, path,
                        problems);
            }
        }
        return finish(lines, problems);
    }

    private static ParsedTranscript audioSegments(JsonNode segments, List<TranscriptProblem> problems) {
        List<SpokenLine> lines = new ArrayList<>();
        for (int i = 0; i < segments.size() && problems.size() < ParsedTranscript.MAX_PROBLEMS; i++) {
            String path = "results.audio_segments[" + i + "]";
            JsonNode segment = segments.get(i);
            String text = JsonFile.text(segment, "transcript", path, problems);
            String speaker = JsonFile.text(segment, "speaker_label", path, problems);
            Long start = JsonFile.secondsAsMillis(segment.get("start_time"), path + ".start_time", problems);
            Long end = JsonFile.secondsAsMillis(segment.get("end_time"), path + ".end_time", problems);
            if (text != null && speaker != null && start != null && end != null) {
                add(lines, speaker, text, start, end, null, path, problems);
            }
        }
        return finish(lines, problems);
    }

    private record Span(String speaker, long startMs, long endMs) {
    }

    private static ParsedTranscript items(JsonNode results, List<TranscriptProblem> problems) {
        JsonNode items = results.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            return ParsedTranscript.failed("results.items", "must be a non-empty list of words");
        }
        JsonNode segments = results.path("speaker_labels").path("segments");
        List<Span> spans = spans(segments, problems);
        Map<String, String> wordSpeakers = wordSpeakers(segments);
        List<SpokenLine> words = new ArrayList<>();
        for (int i = 0; i < items.size() && problems.size() < ParsedTranscript.MAX_PROBLEMS; i++) {
            String path = "results.items[" + i + "]";
            JsonNode item = items.get(i);
            String content = item.path("alternatives").path(0).path("content").stringValue(null);
            if (content == null) {
                problems.add(new TranscriptProblem(path + ".alternatives[0].content", "is required"));
                continue;
            }
            if ("punctuation".equals(item.path("type").stringValue(null))) {
                if (!words.isEmpty()) {
                    SpokenLine last = words.removeLast();
                    words.add(new SpokenLine(last.speaker(), last.text() + content, last.startMs(), last.endMs()));
                }
                continue;
            }
            Long start = JsonFile.secondsAsMillis(item.get("start_time"), path + ".start_time", problems);
            Long end = JsonFile.secondsAsMillis(item.get("end_time"), path + ".end_time", problems);
            if (start == null || end == null) {
                continue;
            }
            String speaker = item.path("speaker_label").stringValue(item.path("channel_label").stringValue(null));
            if (speaker == null) {
                speaker = wordSpeakers.get(start + "-" + end);
            }
            if (speaker == null) { // a segment is [start, end): a word starting where one ends belongs to the next
                speaker = spans.stream().filter(s -> s.startMs() <= start && start < s.endMs()).map(Span::speaker)
                        .findFirst().orElse(spans.stream().filter(s -> s.startMs() <= start && start <= s.endMs())
                                .map(Span::speaker).findFirst().orElse(null));
            }
            if (speaker == null) {
                problems.add(new TranscriptProblem(path, spans.isEmpty()
                        ? "has no speaker: run the job with speaker labels (ShowSpeakerLabels) or channel identification"
                        : "lies in no speaker_labels segment"));
                continue;
            }
            add(words, speaker, content, start, end, null, path, problems);
        }
        return finish(words, problems);
    }

    /** The segments list each of their words with its speaker: the exact answer where a file has it. */
    private static Map<String, String> wordSpeakers(JsonNode segments) {
        Map<String, String> speakers = new HashMap<>();
        List<TranscriptProblem> ignored = new ArrayList<>(); // a word missing here is still found by its span
        for (JsonNode segment : segments) {
            for (JsonNode word : segment.path("items")) {
                Long start = JsonFile.secondsAsMillis(word.get("start_time"), "", ignored);
                Long end = JsonFile.secondsAsMillis(word.get("end_time"), "", ignored);
                String speaker = word.path("speaker_label").stringValue(null);
                if (start != null && end != null && speaker != null) {
                    speakers.putIfAbsent(start + "-" + end, speaker);
                }
            }
        }
        return speakers;
    }

    private static List<Span> spans(JsonNode segments, List<TranscriptProblem> problems) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String path = "results.speaker_labels.segments[" + i + "]";
            JsonNode segment = segments.get(i);
            String speaker = JsonFile.text(segment, "speaker_label", path, problems);
            Long start = JsonFile.secondsAsMillis(segment.get("start_time"), path + ".start_time", problems);
            Long end = JsonFile.secondsAsMillis(segment.get("end_time"), path + ".end_time", problems);
            if (speaker != null && start != null && end != null) {
                spans.add(new Span(speaker, start, end));
            }
        }
        return spans;
    }

    private static void add(List<SpokenLine> lines, String speaker, String text, long start, long end,
            @Nullable SpeakerRole role, String path, List<TranscriptProblem> problems) {
        if (end < start) {
            problems.add(new TranscriptProblem(path, "ends before it starts"));
            return;
        }
        if (!lines.isEmpty() && start < lines.getLast().startMs()) {
            problems.add(new TranscriptProblem(path, "starts before the one before it; entries must be in time order"));
            return;
        }
        lines.add(new SpokenLine(speaker.strip(), text.strip(), start, end, role));
    }

    private static ParsedTranscript finish(List<SpokenLine> lines, List<TranscriptProblem> problems) {
        List<SpokenLine> turns = Turns.merge(lines);
        if (problems.isEmpty() && turns.isEmpty()) {
            problems.add(new TranscriptProblem("file", "holds no speech"));
        }
        return ParsedTranscript.of(turns, problems);
    }
}
