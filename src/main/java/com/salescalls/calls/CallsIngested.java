package com.salescalls.calls;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Calls stored as pending by one ingest; published inside the ingest's transaction, so that a synchronous listener
 * (the analysis queue) commits or rolls back with the calls themselves.
 */
@NamedInterface("events")
public record CallsIngested(List<String> callIds) {

    public CallsIngested {
        callIds = List.copyOf(callIds);
    }
}
