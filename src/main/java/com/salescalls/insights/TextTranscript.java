package com.salescalls.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;


/**
 * Parses a text transcript: each line may start with a {@code [hh:mm:ss]} or {@code [mm:ss]} timestamp (with an
 * optional fraction such as {@code .5}), then {@code Name:} starts a new utterance; a line without a label
 * continues the previous utterance, and a continuation line's timestamp is ignored.
 *
 * <p>A label is at most three words of letters, digits, dots, hyphens, apostrophes, plus a parenthetical. Because
 * speech such as {@code Price: 20k} looks like a label too, a {@code Name:} line starts a new utterance only when
 * the name maps to a role, or is used as a label on at least two lines, or looks like a person's name (two or
 * three capitalised words, "Dana Smith"), or the line has a timestamp, or no utterance has begun yet. Otherwise
 * the line continues the previous utterance. A one-word guest who speaks once ("Dana: hi") is therefore read as
 * part of the previous turn: the price of not inventing speakers from every "Note:" or "Price:".
 *
 * <p>Timestamps of the lines that start utterances must not go backwards, nor past a day.
 */
final class TextTranscript {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\s*\\[(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:[.,](\\d+))?]\\s*");
    private static final String NAME_CHAR = "[\\p{L}\\p{N}.'’-]";
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}\\p{N}]" + NAME_CHAR + "*(?:\\s+" + NAME_CHAR
            + "+){0,2}(?:\\s*\\([^)]{0,40}\\))?)\\s*:\\s*(.*)$");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}");

    private record Line(int number, String text, @Nullable Long startMs, @Nullable String label, String rest) {
    }

    private TextTranscript() {
    }

    static Transcript parse(String text) {
        List<TranscriptViolation> violations = new ArrayList<>();
        List<Line> lines = readLines(text, violations);
        Map<String, Integer> labelUses = new HashMap<>();
        lines.stream().filter(l -> l.label() != null)
                .forEach(l -> labelUses.merge(l.label().toLowerCase(Locale.ROOT), 1, Integer::sum));
        List<Utterance> utterances = new ArrayList<>();
        Line lastTimed = null;
        for (Line line : lines) {
            if (line.label() != null && startsUtterance(line, labelUses, utterances.isEmpty())) {
                if (line.startMs() != null) {
                    if (lastTimed != null && line.startMs() < lastTimed.startMs()) {
                        violations.add(new TranscriptViolation("transcript", "line " + line.number() + ": its timestamp is "
                                + "earlier than the one on line " + lastTimed.number() + "; turns must be in time order"));
                    }
                    lastTimed = line;
                }
                utterances.add(new Utterance(line.label(), SpeakerRole.fromLabel(line.label()), line.rest(),
                        line.startMs(), null));
            } else if (utterances.isEmpty()) {
                utterances.add(new Utterance("", SpeakerRole.UNKNOWN, line.text(), line.startMs(), null));
            } else {
                Utterance previous = utterances.removeLast();
                String joined = previous.text().isEmpty() ? line.text() : previous.text() + " " + line.text();
                utterances.add(new Utterance(previous.speaker(), previous.role(), joined, previous.startMs(), null));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidTranscript(violations.stream().limit(10).toList());
        }
        return new Transcript(utterances);
    }

    private static boolean startsUtterance(Line line, Map<String, Integer> labelUses, boolean first) {
        String label = line.label();
        return first || line.startMs() != null
                || SpeakerRole.fromLabel(label) != SpeakerRole.UNKNOWN
                || labelUses.get(label.toLowerCase(Locale.ROOT)) >= 2
                || PERSON_NAME.matcher(label).matches();
    }

    private static List<Line> readLines(String text, List<TranscriptViolation> violations) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\\R");
        for (int i = 0; i < raw.length; i++) {
            Matcher stamp = TIMESTAMP.matcher(raw[i]);
            Long startMs = null;
            String line = raw[i];
            if (stamp.find()) {
                startMs = millis(stamp, i + 1, violations);
                line = line.substring(stamp.end());
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher label = LABEL.matcher(line);
            lines.add(label.matches()
                    ? new Line(i + 1, line, startMs, label.group(1).strip(), label.group(2).strip())
                    : new Line(i + 1, line, startMs, null, line));
        }
        return lines;
    }

    private static @Nullable Long millis(Matcher stamp, int lineNumber, List<TranscriptViolation> violations) {
        boolean hours = stamp.group(3) != null;
        long first = Long.parseLong(stamp.group(1));
        long second = Long.parseLong(stamp.group(2));
        long third = hours ? Long.parseLong(stamp.group(3)) : 0;
        String fraction = stamp.group(4) == null ? "0" : (stamp.group(4) + "00").substring(0, 3);
        long ms = hours ? ((first * 60 + second) * 60 + third) * 1000 : (first * 60 + second) * 1000;
        ms += Long.parseLong(fraction);
        if ((hours && (second >= 60 || third >= 60)) || (!hours && second >= 60) || ms > Transcript.MAX_MS) {
            violations.add(new TranscriptViolation("transcript", "line " + lineNumber + ": timestamp "
                    + stamp.group().strip() + " is not a time within a day"));
            return null;
        }
        return ms;
    }
}
