package com.salescalls.calls;

import java.util.List;

/** Calls whose analysis was stored; published inside the storing transaction, so listen after commit. */
public record CallsAnalyzed(List<String> callIds) {

    public CallsAnalyzed {
        callIds = List.copyOf(callIds);
    }
}
