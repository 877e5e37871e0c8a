package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;


/**
 * Turns the utterance-list form ({@code [{speaker, text, start_ms, end_ms}]}) into a transcript, checking it first.
 *
 * <p>Times are all-or-nothing, because a metric computed over the timed part of a call only would silently
 * describe a different call: either no utterance has times, or every one has a start (then the list reads like
 * timestamped text), or every one has a start and an end. Each time lies in [0, 24 h], an end is not before its
 * start, and starts never go backwards (overlaps are fine: they are interruptions). A speaker is required.
 */
final class UtteranceList {

    private UtteranceList() {
    }

    static Transcript toTranscript(List<SpokenLine> lines) {
        List<TranscriptViolation> violations = new ArrayList<>();
        boolean starts = !lines.isEmpty() && lines.getFirst().startMs() != null;
        boolean ends = !lines.isEmpty() && lines.getFirst().endMs() != null;
        Long previousStart = null;
        List<Utterance> utterances = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SpokenLine line = lines.get(i);
            String field = "utterances[" + i + "].";
            @Nullable String speaker = line.speaker();
            @Nullable String text = line.text();
            if (speaker == null || speaker.isBlank()) {
                violations.add(new TranscriptViolation(field + "speaker", "is required"));
            }
            if (text == null) {
                violations.add(new TranscriptViolation(field + "text", "is required"));
            }
            checkTime(line.startMs(), starts, field + "start_ms", violations);
            checkTime(line.endMs(), ends, field + "end_ms", violations);
            if (line.startMs() != null && line.endMs() != null && line.endMs() < line.startMs()) {
                violations.add(new TranscriptViolation(field + "end_ms", "is before its start_ms"));
            }
            if (line.startMs() != null) {
                if (previousStart != null && line.startMs() < previousStart) {
                    violations.add(new TranscriptViolation(field + "start_ms",
                            "is before the previous utterance's start; utterances must be in time order"));
                }
                previousStart = line.startMs();
            }
            String label = speaker == null ? "" : speaker.strip();
            utterances.add(new Utterance(label, line.role() != null ? line.role() : SpeakerRole.fromLabel(label), text == null ? "" : text.strip(),
                    line.startMs(), line.endMs()));
        }
        if (!starts && ends) {
            violations.addFirst(new TranscriptViolation("utterances[0].start_ms", "is required when end_ms is given"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTranscript(violations.stream().limit(10).toList());
        }
        return new Transcript(utterances);
    }

    /** The first utterance decides whether the field is given; every other one must agree. */
    private static void checkTime(@Nullable Long value, boolean expected, String field, List<TranscriptViolation> violations) {
        if (value == null && expected) {
            violations.add(new TranscriptViolation(field, "is missing while the first utterance has it"));
        } else if (value != null && !expected) {
            violations.add(new TranscriptViolation(field, "is given while the first utterance has none"));
        } else if (value != null && (value < 0 || value > Transcript.MAX_MS)) {
            violations.add(new TranscriptViolation(field, "must be between 0 and " + Transcript.MAX_MS + " (24 hours)"));
        }
    }
}
