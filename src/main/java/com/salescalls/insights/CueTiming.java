package com.salescalls.insights;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a cue's timing line, {@code 00:01:02.500 --> 00:01:04.000} (WebVTT, hours optional, cue settings may
 * follow) or {@code 00:01:02,500 --> 00:01:04,000} (SubRip), into milliseconds.
 */
final class CueTiming {

    static final Pattern VTT = Pattern.compile(
            "^(?:(\\d{1,3}):)?(\\d{2}):(\\d{2})\\.(\\d{3})\\s+-->\\s+(?:(\\d{1,3}):)?(\\d{2}):(\\d{2})\\.(\\d{3})(?:\\s.*)?$");
    static final Pattern SRT = Pattern.compile(
            "^(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})\\s*-->\\s*(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})(?:\\s.*)?$");

    record Span(long startMs, long endMs) {
    }

    private CueTiming() {
    }

    static boolean looksLikeTiming(String line) {
        return line.contains("-->");
    }

    /** The span, or null after adding what is wrong with it. */
    static @Nullable Span read(Pattern format, String line, String where, List<TranscriptProblem> problems) {
        Matcher m = format.matcher(line.strip());
        if (!m.matches()) {
            problems.add(new TranscriptProblem(where, "timing '" + abbreviate(line) + "' is not "
                    + (format == VTT ? "hh:mm:ss.mmm --> hh:mm:ss.mmm" : "hh:mm:ss,mmm --> hh:mm:ss,mmm")));
            return null;
        }
        Long start = millis(m, 1, where, "start", problems);
        Long end = millis(m, 5, where, "end", problems);
        if (start == null || end == null) {
            return null;
        }
        if (end < start) {
            problems.add(new TranscriptProblem(where, "ends (" + line.strip().split("\\s*-->\\s*")[1].split("\\s")[0]
                    + ") before it starts"));
            return null;
        }
        return new Span(start, end);
    }

    private static @Nullable Long millis(Matcher m, int group, String where, String which,
            List<TranscriptProblem> problems) {
        long hours = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        long minutes = Long.parseLong(m.group(group + 1));
        long seconds = Long.parseLong(m.group(group + 2));
        String fraction = (m.group(group + 3) + "00").substring(0, 3);
        if (minutes >= 60 || seconds >= 60) {
            problems.add(new TranscriptProblem(where, which + " time has " + (minutes >= 60 ? "minutes" : "seconds")
                    + " of 60 or more"));
            return null;
        }
        long ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(fraction);
        if (ms > Transcript.MAX_MS) {
            problems.add(new TranscriptProblem(where, which + " time is past 24 hours"));
            return null;
        }
        return ms;
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
