package com.salescalls.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.salescalls.calls.CallService;
import com.salescalls.calls.Checked;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.NewCall;

/**
 * Generates calls into the database: ids continue after the highest stored {@code CALL_} number, and calls
 * are stored in batches (each committed on its own and queued for analysis), so memory stays flat for any count.
 * Each call is held to the ingest rules like a posted one, so demo data never holds what a client could not post.
 */
@Component
class CallLoader {

    private static final Logger log = LoggerFactory.getLogger(CallLoader.class);
    static final int BATCH = 64;

    private final CallService calls;
    private final IngestRules rules;

    CallLoader(CallService calls, IngestRules rules) {
        this.calls = calls;
        this.rules = rules;
    }

    /** Stores {@code count} generated calls and returns the first call number used. */
    long load(int count, long seed, Instant anchor) {
        long first = calls.highestStandardCallNumber().orElse(0) + 1;
        Iterator<GeneratedCall> generated = new CallGenerator(seed, anchor).stream(first).limit(count).iterator();
        List<NewCall> batch = new ArrayList<>(BATCH);
        int stored = 0;
        while (generated.hasNext()) {
            batch.add(checked(toNewCall(generated.next())));
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

    private NewCall checked(NewCall call) {
        return switch (rules.check(call)) {
            case Checked.Valid<NewCall> valid -> valid.value();
            case Checked.Invalid<NewCall>(var violations) -> throw new IllegalStateException(
                    "The generator made call " + call.callId() + " that breaks the ingest rules: " + violations);
        };
    }

    private static NewCall toNewCall(GeneratedCall call) {
        return new NewCall(call.callId(), call.agentId(), call.customerId(), call.language(), call.startTime(),
                call.durationSeconds(), call.transcript());
    }
}
