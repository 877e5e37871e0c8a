package com.salescalls.insights;

import java.util.List;

/**
 * One timed block of a subtitle file (WebVTT or SubRip).
 *
 * @param number  the cue's position in the file, from 1 (not its identifier, which files may leave out or repeat)
 * @param line    the line of its timing, from 1
 * @param payload its text lines, as written
 */
record Cue(int number, int line, long startMs, long endMs, List<String> payload) {

    Cue {
        payload = List.copyOf(payload);
    }

    String where() {
        return "cue " + number + " (line " + line + ")";
    }
}
