package com.salescalls.insights;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the JSON transcript files: the tree, and numbers and times with the path of what is wrong. */
final class JsonFile {

    // duplicate keys would let two readers see two different files; the limits bound nesting and number length
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonFile() {
    }

    /** The tree, or null after naming the line and column where the JSON breaks. */
    static @Nullable JsonNode read(String content, List<TranscriptProblem> problems) {
        try {
            return JSON.readTree(content);
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "file"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            problems.add(new TranscriptProblem(where, "is not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
    }

    /**
     * A time in seconds, written as a number or as a numeric string (Amazon Transcribe writes {@code "0.44"}), in
     * milliseconds; null after a problem when it is not one, negative, or past a day.
     */
    static @Nullable Long secondsAsMillis(@Nullable JsonNode node, String path, List<TranscriptProblem> problems) {
        BigDecimal seconds = decimal(node, path, problems);
        return seconds == null ? null : checked(seconds.movePointRight(3), path, problems);
    }

    static @Nullable Long millis(@Nullable JsonNode node, String path, List<TranscriptProblem> problems) {
        BigDecimal millis = decimal(node, path, problems);
        return millis == null ? null : checked(millis, path, problems);
    }

    static @Nullable BigDecimal decimal(@Nullable JsonNode node, String path, List<TranscriptProblem> problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(new TranscriptProblem(path, "is required"));
            return null;
        }
        try {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isString() && node.stringValue().length() <= 20) {
                return new BigDecimal(node.stringValue().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new TranscriptProblem(path, "must be a number"));
        return null;
    }

    private static @Nullable Long checked(BigDecimal millis, String path, List<TranscriptProblem> problems) {
        if (millis.signum() < 0 || millis.compareTo(BigDecimal.valueOf(Transcript.MAX_MS)) > 0) {
            problems.add(new TranscriptProblem(path, "must be between 0 and 24 hours"));
            return null;
        }
        return millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** A string field, or null after a problem when absent or not a string. */
    static @Nullable String text(JsonNode parent, String field, String path, List<TranscriptProblem> problems) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString()) {
            problems.add(new TranscriptProblem(path + "." + field, node == null ? "is required" : "must be a string"));
            return null;
        }
        return node.stringValue();
    }
}
