package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript parsed into utterances.
 *
 * <p>Parsing is lenient because transcripts come from several tools: each line may start with a
 * {@code [hh:mm:ss]} or {@code [mm:ss]} timestamp, then {@code Name:} starts a new utterance. A line without a
 * label continues the previous utterance. A label is at most three words of letters, digits, dots, hyphens,
 * apostrophes or a parenthetical, so ordinary sentences containing a colon later on are not mistaken for
 * labels; a short line such as {@code Price: 20k} still is, and then counts as an UNKNOWN speaker.
 */
record Transcript(List<Utterance> utterances) {

    private static final Pattern TIMESTAMP =
            Pattern.compile("^\\s*\\[\\d{1,2}(?::\\d{1,2}){1,2}(?:[.,]\\d+)?]\\s*");
    private static final String NAME_CHAR = "[\\p{L}\\p{N}.'’-]";
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}\\p{N}]" + NAME_CHAR + "*(?:\\s+" + NAME_CHAR
            + "+){0,2}(?:\\s*\\([^)]{0,40}\\))?)\\s*:\\s*(.*)$");

    Transcript {
        utterances = List.copyOf(utterances);
    }

    static Transcript parse(String text) {
        List<Utterance> utterances = new ArrayList<>();
        for (String rawLine : text.split("\\R")) {
            String line = TIMESTAMP.matcher(rawLine).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                String speaker = label.group(1).strip();
                utterances.add(new Utterance(speaker, SpeakerRole.fromLabel(speaker), label.group(2).strip()));
            } else if (utterances.isEmpty()) {
                utterances.add(new Utterance("", SpeakerRole.UNKNOWN, line));
            } else {
                Utterance previous = utterances.removeLast();
                String joined = previous.text().isEmpty() ? line : previous.text() + " " + line;
                utterances.add(new Utterance(previous.speaker(), previous.role(), joined));
            }
        }
        return new Transcript(utterances);
    }

    List<String> textsOf(SpeakerRole role) {
        return utterances.stream().filter(u -> u.role() == role).map(Utterance::text).toList();
    }
}
