package com.salescalls.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;

/**
 * Generates calls into the database: ids continue after the highest stored {@code CALL_} number, and calls
 * are stored in batches (each committed on its own and queued for analysis), so memory stays flat for any count.
 */
@Component
class CallLoader {

    private static final Logger log = LoggerFactory.getLogger(CallLoader.class);
    static final int BATCH = 64;

    private final CallService calls;

    CallLoader(CallService calls) {
        this.calls = calls;
    }

    /** Stores {@code count} generated calls and returns the first call number used. */
    long load(int count, long seed, Instant anchor) {
        long first = calls.highestStandardCallNumber().orElse(0) + 1;
        Iterator<GeneratedCall> generated = new CallGenerator(seed, anchor).stream(first).limit(count).iterator();
        List<NewCall> batch = new ArrayList<>(BATCH);
        int stored = 0;
        while (generated.hasNext()) {
            batch.add(toNewCall(generated.next()));
            if (batch.size() == BATCH || !generated.hasNext()) {
                calls.ingest(batch);
                stored += batch.size();
                batch.clear();
                if (stored % (BATCH * 16) == 0 || stored == count) {
                    log.info("Generated {} of {} calls", stored, count);
                }
            }
        }
        return first;
    }

    private static NewCall toNewCall(GeneratedCall call) {
        return new NewCall(call.callId(), call.agentId(), call.customerId(), call.language(), call.startTime(),
                call.durationSeconds(), call.transcript());
    }
}
