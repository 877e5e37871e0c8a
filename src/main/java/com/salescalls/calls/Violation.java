package com.salescalls.calls;

import org.springframework.modulith.NamedInterface;

/**
 * One rule a call breaks: the field at fault, named like the JSON field ({@code utterances[2].end_ms} for nested
 * ones), and what is wrong with it. A value, not an exception: the web layer renders a list of them as one 422.
 */
@NamedInterface("ingest")
public record Violation(String field, String message) {
}
