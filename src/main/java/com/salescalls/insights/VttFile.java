package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads WebVTT: a {@code WEBVTT} first line, then blocks separated by blank lines. A block whose first or second
 * line holds {@code -->} is a cue (an identifier may come first); {@code NOTE}, {@code STYLE} and {@code REGION}
 * blocks are skipped; anything else is a problem, named by its line.
 */
final class VttFile {

    private VttFile() {
    }

    static ParsedTranscript parse(String content) {
        List<TranscriptProblem> problems = new ArrayList<>();
        List<String> lines = SubtitleBlocks.lines(content);
        if (lines.isEmpty() || !(lines.getFirst().equals("WEBVTT") || lines.getFirst().startsWith("WEBVTT ")
                || lines.getFirst().startsWith("WEBVTT\t"))) {
            return ParsedTranscript.failed("line 1", "a WebVTT file begins with WEBVTT");
        }
        List<Cue> cues = new ArrayList<>();
        int number = 0;
        for (SubtitleBlocks.Block block : SubtitleBlocks.of(lines)) {
            if (block.firstLine() == 1) {
                continue; // the header block, with any header metadata lines
            }
            String first = block.lines().getFirst();
            if (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION")) {
                continue;
            }
            int timing = CueTiming.looksLikeTiming(first) ? 0
                    : block.lines().size() > 1 && CueTiming.looksLikeTiming(block.lines().get(1)) ? 1 : -1;
            number++;
            String where = "cue " + number + " (line " + (block.firstLine() + Math.max(timing, 0)) + ")";
            if (timing < 0) {
                problems.add(new TranscriptProblem("line " + block.firstLine(),
                        "expected a cue timing 'hh:mm:ss.mmm --> hh:mm:ss.mmm' here or on the next line"));
                continue;
            }
            CueTiming.Span span = CueTiming.read(CueTiming.VTT, block.lines().get(timing), where, problems);
            if (span != null) {
                cues.add(new Cue(number, block.firstLine() + timing, span.startMs(), span.endMs(),
                        block.lines().subList(timing + 1, block.lines().size())));
            }
        }
        return CueTranscript.of(cues, problems);
    }
}
