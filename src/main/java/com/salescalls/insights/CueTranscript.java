package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the cues of a subtitle file into utterances: each cue's speech (see {@link CueSpeech}) takes the cue's
 * timing, and consecutive cues of one speaker become one utterance, from the first cue's start to the last one's
 * end, because tools split a long turn into cues of a few seconds and the metrics count turns, not cues.
 *
 * <p>Cues must start in time order (overlaps are fine: people talk over each other). A cue with speech but no
 * speaker, before any speaker was named, is a problem: guessing would put the words on some side.
 */
final class CueTranscript {

    private CueTranscript() {
    }

    static ParsedTranscript of(List<Cue> cues, List<TranscriptProblem> problems) {
        if (cues.isEmpty() && problems.isEmpty()) {
            problems.add(new TranscriptProblem("file", "has no cues"));
        }
        List<SpokenLine> lines = new ArrayList<>();
        Cue previous = null;
        String speaker = null;
        for (Cue cue : cues) {
            if (previous != null && cue.startMs() < previous.startMs()) {
                problems.add(new TranscriptProblem(cue.where(), "starts before cue " + previous.number()
                        + "; cues must be in time order"));
            }
            previous = cue;
            for (CueSpeech.Segment segment : CueSpeech.segments(cue.payload())) {
                if (segment.speaker() == null && speaker == null) {
                    problems.add(new TranscriptProblem(cue.where(), "names no speaker: begin its text with "
                            + "'Name: ' or a voice tag <v Name>"));
                    continue;
                }
                speaker = segment.speaker() == null ? speaker : segment.speaker();
                lines.add(new SpokenLine(speaker, segment.text(), cue.startMs(), cue.endMs()));
            }
        }
        List<SpokenLine> turns = Turns.merge(lines);
        if (problems.isEmpty() && turns.isEmpty()) {
            problems.add(new TranscriptProblem("file", "has cues but no speech"));
        }
        return ParsedTranscript.of(turns, problems);
    }
}
