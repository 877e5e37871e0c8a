package com.salescalls.calls;

import java.util.List;

import org.springframework.modulith.NamedInterface;

import com.salescalls.insights.SpeakerAssignment;

/** The outcome of checking input against the {@link IngestRules}: a value fit to use, or every violation found. */
@NamedInterface("ingest")
public sealed interface Checked<T> {

    /**
     * @param unknownSpeakers labels of the transcript that map to neither side, reported, never guessed
     * @param speakers        every speaker in order of first appearance, with the side they were put on and why
     */
    record Valid<T>(T value, List<String> unknownSpeakers, List<SpeakerAssignment> speakers) implements Checked<T> {
        public Valid {
            unknownSpeakers = List.copyOf(unknownSpeakers);
            speakers = List.copyOf(speakers);
        }
    }

    record Invalid<T>(List<Violation> violations) implements Checked<T> {
        public Invalid {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid input has at least one violation");
            }
            violations = List.copyOf(violations);
        }
    }
}
