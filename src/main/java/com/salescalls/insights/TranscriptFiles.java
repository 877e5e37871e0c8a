package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Reads transcript files as meeting tools and transcription services export them ({@link TranscriptFormat#VTT},
 * {@link TranscriptFormat#SRT}, {@link TranscriptFormat#AWS_TRANSCRIBE}, {@link TranscriptFormat#UTTERANCES_JSON})
 * into utterances with speaker names, timings in milliseconds, and the role where the format carries one. What is
 * wrong comes back as problems naming the line, cue or JSON path; nothing here throws for a bad file.
 */
public final class TranscriptFiles {

    private TranscriptFiles() {
    }

    /** @throws IllegalArgumentException for {@code text} and {@code utterances}, which are not files */
    public static ParsedTranscript parse(TranscriptFormat format, String content) {
        if (format.isJson()) {
            List<TranscriptProblem> problems = new ArrayList<>();
            JsonNode root = JsonFile.read(content, problems);
            return root == null ? ParsedTranscript.failed(problems) : parse(format, root);
        }
        return switch (format) {
            case VTT -> VttFile.parse(content);
            case SRT -> SrtFile.parse(content);
            default -> throw new IllegalArgumentException(format.wireName() + " is not a transcript file format");
        };
    }

    /**
     * A text transcript ({@code Name: words} lines) as utterances, so that speaker names in it can be given roles;
     * words before the first label come as an utterance of speaker {@code ""} (no role can be given to it). Empty
     * when its timings cannot be right (the text check reports those).
     */
    public static Optional<List<SpokenLine>> textLines(String text) {
        try {
            return Optional.of(Transcript.parse(text).utterances().stream()
                    .map(u -> new SpokenLine(u.speaker(), u.text(), u.startMs(), u.endMs())).toList());
        } catch (InvalidTranscript invalid) {
            return Optional.empty();
        }
    }

    /** A JSON format given as a JSON value (posted inline rather than as a string). */
    public static ParsedTranscript parse(TranscriptFormat format, JsonNode root) {
        return switch (format) {
            case AWS_TRANSCRIBE -> AwsTranscribeFile.parse(root);
            case UTTERANCES_JSON -> UtterancesJsonFile.parse(root);
            case VTT, SRT -> root.isString() ? parse(format, root.stringValue())
                    : ParsedTranscript.failed("transcript", "a " + format.wireName() + " file is text: post it as a string");
            default -> throw new IllegalArgumentException(format.wireName() + " is not a transcript file format");
        };
    }
}
