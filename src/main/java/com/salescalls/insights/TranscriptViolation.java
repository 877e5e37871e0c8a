package com.salescalls.insights;

/**
 * One thing wrong with a transcript: the field at fault, named like the ingest body's ({@code transcript} for text,
 * {@code utterances[2].start_ms} for the list form), and what is wrong with it.
 */
public record TranscriptViolation(String field, String message) {
}
