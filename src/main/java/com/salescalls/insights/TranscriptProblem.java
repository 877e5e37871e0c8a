package com.salescalls.insights;

/**
 * What is wrong in a transcript file, and where: {@code line 7}, {@code cue 3 (line 9)}, or a JSON path such as
 * {@code results.items[4].start_time}.
 */
public record TranscriptProblem(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
