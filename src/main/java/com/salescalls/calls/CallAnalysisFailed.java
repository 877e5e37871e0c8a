package com.salescalls.calls;

/** A call's analysis gave up after its last attempt; published inside the transaction that marked it failed. */
public record CallAnalysisFailed(String callId) {
}
