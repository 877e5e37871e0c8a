package com.salescalls.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a job is: waiting (also between retries), running, or finished one way or the other. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobState fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
