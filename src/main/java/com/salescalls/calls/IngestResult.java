package com.salescalls.calls;

import org.springframework.modulith.NamedInterface;

/** What became of one posted call. */
@NamedInterface("ingest")
public record IngestResult(String callId, Status status) {

    public enum Status {
        /** stored now and queued for analysis */
        ACCEPTED,
        /** this id was already stored with the same content: nothing changed */
        ALREADY_STORED,
        /** this id is stored with different content: refused */
        CONFLICT
    }
}
