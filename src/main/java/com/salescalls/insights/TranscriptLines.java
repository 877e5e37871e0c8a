package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A transcript as lines with their {@code [hh:mm:ss]} stamps, and back. Labels and continuation lines are read by
 * {@link Transcript} itself (one line at a time), so a streamed call splits into the same utterances as its
 * whole-call analysis; this class adds only the stamp's value, which that parser drops.
 */
final class TranscriptLines {

    private static final Pattern STAMP = Pattern.compile("^\\s*\\[(\\d{1,2}(?::\\d{1,2}){1,2})(?:[.,]\\d+)?]");

    private TranscriptLines() {
    }

    static List<SpokenLine> parse(String text) {
        List<SpokenLine> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            List<Utterance> parsed = Transcript.parse(raw).utterances();
            if (parsed.isEmpty()) {
                continue;
            }
            Utterance utterance = parsed.getFirst();
            if (utterance.speaker().isEmpty() && !lines.isEmpty()) {
                SpokenLine previous = lines.removeLast();
                String joined = previous.text().isEmpty() ? utterance.text()
                        : previous.text() + " " + utterance.text();
                lines.add(new SpokenLine(previous.speaker(), joined, previous.startMs(), null));
            } else {
                lines.add(new SpokenLine(utterance.speaker(), utterance.text(), stampMs(raw), null));
            }
        }
        return lines;
    }

    static String render(List<SpokenLine> lines) {
        StringBuilder text = new StringBuilder();
        for (SpokenLine line : lines) {
            long seconds = line.startMs() == null ? 0 : line.startMs() / 1000;
            // a line break inside the text would start a line that may read as a new label
            text.append(String.format("[%02d:%02d:%02d] ", seconds / 3600, seconds / 60 % 60, seconds % 60))
                    .append(line.speaker()).append(": ").append(line.text().replaceAll("\\R+", " ").strip())
                    .append('\n');
        }
        return text.toString();
    }

    private static @Nullable Long stampMs(String line) {
        Matcher stamp = STAMP.matcher(line);
        if (!stamp.find()) {
            return null;
        }
        long seconds = 0;
        for (String part : stamp.group(1).split(":")) {
            seconds = seconds * 60 + Long.parseLong(part);
        }
        return seconds * 1000;
    }
}
