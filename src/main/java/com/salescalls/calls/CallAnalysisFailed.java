package com.salescalls.calls;

import org.springframework.modulith.NamedInterface;

/** A call's analysis gave up after its last attempt; published inside the transaction that marked it failed. */
@NamedInterface("events")
public record CallAnalysisFailed(String callId) {
}
