package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who says what in one cue's text. The speaker is named by a WebVTT voice tag ({@code <v Dana Whitfield>...</v>},
 * as Teams writes it; a cue may hold several) or by a {@code Name: } prefix on a line (as Zoom writes it); text
 * without either continues the previous speaker, the way a long turn is split across cues. Other markup
 * ({@code <i>}, {@code <c.x>}, inline timestamps, SubRip's {@code {\an8}}) is dropped and entities decoded.
 *
 * <p>A prefix is a name when it is at most four words (letters, digits, {@code . ' ’ _ -}), plus an optional
 * parenthetical such as {@code (Acme)}, and a space follows the colon, so that "10:30 works" stays speech.
 */
final class CueSpeech {

    /** A stretch of speech; {@code speaker} null when the cue does not say who is speaking. */
    record Segment(@Nullable String speaker, String text) {
    }

    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]*)>");
    private static final Pattern VOICE_END = Pattern.compile("</v>");
    private static final Pattern PREFIX = Pattern.compile("^(?:-\\s*)?([\\p{L}\\p{N}][\\p{L}\\p{N}.'’_-]*"
            + "(?:\\s+[\\p{L}\\p{N}.'’_-]+){0,3}(?:\\s*\\([^)]{0,40}\\))?)\\s*:(?:\\s+|$)(.*)$");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");

    private CueSpeech() {
    }

    static List<Segment> segments(List<String> payload) {
        String joined = String.join("\n", payload);
        List<Segment> segments = new ArrayList<>();
        Matcher voice = VOICE.matcher(joined);
        int at = 0;
        @Nullable String speaker = null;
        while (voice.find()) {
            addLines(segments, speaker, joined.substring(at, voice.start()));
            speaker = clean(voice.group(1));
            at = voice.end();
        }
        addLines(segments, speaker, joined.substring(at));
        return segments;
    }

    /** Each line may still begin with {@code Name:}; inside a voice span the tag's name wins. */
    private static void addLines(List<Segment> segments, @Nullable String voice, String text) {
        for (String raw : VOICE_END.matcher(text).replaceAll("").split("\n")) {
            String line = clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            Matcher prefix = PREFIX.matcher(line);
            if (voice == null && prefix.matches() && !prefix.group(1).chars().allMatch(Character::isDigit)) {
                String rest = prefix.group(2).strip();
                segments.add(new Segment(prefix.group(1).strip(), rest));
            } else {
                segments.add(new Segment(voice, line));
            }
        }
    }

    private static String clean(String text) {
        return MARKUP.matcher(text).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
