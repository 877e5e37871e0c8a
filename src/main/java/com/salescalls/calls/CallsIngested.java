package com.salescalls.calls;

import java.util.List;

/**
 * Calls stored as pending by one ingest; published inside the ingest's transaction, so that a synchronous listener
 * (the analysis queue) commits or rolls back with the calls themselves.
 */
public record CallsIngested(List<String> callIds) {

    public CallsIngested {
        callIds = List.copyOf(callIds);
    }
}
