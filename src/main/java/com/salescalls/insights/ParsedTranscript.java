package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * A transcript file read into utterances (speaker names, timings, and the role where the format carries one), or
 * the problems that stop it being read. Problems are capped at {@value #MAX_PROBLEMS}: a file wrong throughout says
 * so in its first few places.
 */
public record ParsedTranscript(List<SpokenLine> lines, List<TranscriptProblem> problems) {

    static final int MAX_PROBLEMS = 10;

    public ParsedTranscript {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    static ParsedTranscript of(List<SpokenLine> lines, List<TranscriptProblem> problems) {
        return problems.isEmpty() ? new ParsedTranscript(lines, List.of()) : failed(problems);
    }

    static ParsedTranscript failed(List<TranscriptProblem> problems) {
        return new ParsedTranscript(List.of(), new ArrayList<>(problems));
    }

    static ParsedTranscript failed(String location, String message) {
        return failed(List.of(new TranscriptProblem(location, message)));
    }
}
