package com.salescalls.insights;

import java.util.List;

/**
 * The utterances of a call with each speaker's role settled, how each was settled, and what was wrong with the
 * request's mapping.
 *
 * @param lines           the utterances, each with the role of its speaker (null where unknown)
 * @param speakers        every speaker in order of first appearance
 * @param unknownSpeakers the speakers nothing placed on a side
 * @param problems        mapping entries that are not a role or name nobody in the call; {@code speakers.<name>}
 */
public record SpeakerResolution(List<SpokenLine> lines, List<SpeakerAssignment> speakers,
                                List<String> unknownSpeakers, List<TranscriptProblem> problems) {

    public SpeakerResolution {
        lines = List.copyOf(lines);
        speakers = List.copyOf(speakers);
        unknownSpeakers = List.copyOf(unknownSpeakers);
        problems = List.copyOf(problems);
    }
}
