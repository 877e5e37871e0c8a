package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads SubRip: blocks separated by blank lines, each a cue number, a timing line
 * {@code hh:mm:ss,mmm --> hh:mm:ss,mmm} and the text. A missing or non-numeric cue number is tolerated when the
 * timing line is there (editors drop them); a block without a timing is a problem, named by its line.
 */
final class SrtFile {

    private SrtFile() {
    }

    static ParsedTranscript parse(String content) {
        List<TranscriptProblem> problems = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        int number = 0;
        for (SubtitleBlocks.Block block : SubtitleBlocks.of(SubtitleBlocks.lines(content))) {
            number++;
            List<String> lines = block.lines();
            int timing = CueTiming.looksLikeTiming(lines.getFirst()) ? 0
                    : lines.size() > 1 && CueTiming.looksLikeTiming(lines.get(1)) ? 1 : -1;
            if (timing < 0) {
                problems.add(new TranscriptProblem("cue " + number + " (line " + block.firstLine() + ")",
                        "expected a cue number and a timing 'hh:mm:ss,mmm --> hh:mm:ss,mmm'"));
                continue;
            }
            int line = block.firstLine() + timing;
            String where = "cue " + number + " (line " + line + ")";
            CueTiming.Span span = CueTiming.read(CueTiming.SRT, lines.get(timing), where, problems);
            if (span != null) {
                cues.add(new Cue(number, line, span.startMs(), span.endMs(), lines.subList(timing + 1, lines.size())));
            }
        }
        return CueTranscript.of(cues, problems);
    }
}
