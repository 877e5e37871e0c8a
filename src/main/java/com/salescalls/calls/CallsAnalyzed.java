package com.salescalls.calls;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** Calls whose analysis was stored; published inside the storing transaction, so listen after commit. */
@NamedInterface("events")
public record CallsAnalyzed(List<String> callIds) {

    public CallsAnalyzed {
        callIds = List.copyOf(callIds);
    }
}
