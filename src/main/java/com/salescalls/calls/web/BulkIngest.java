package com.salescalls.calls.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.calls.CallService;
import com.salescalls.calls.Checked;
import com.salescalls.calls.IngestResult;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.NewCall;
import com.salescalls.insights.SpeakerAssignment;

/**
 * Collects the items of one bulk request and stores the good ones in chunks (each chunk one transaction, so
 * memory stays flat and analysis starts before the upload ends), building the per-line report as it goes.
 */
final class BulkIngest {

    static final int CHUNK = 500;

    /** One stored (or already stored) call of the report. */
    record Line(int line, String callId, String status, List<String> unknownSpeakers,
                List<SpeakerAssignment> speakers) {
    }

    /** A line that was not stored, and why. */
    record Rejected(int line, @Nullable String callId, String reason) {
    }

    /**
     * @param truncated true when the request held more calls than one request may; the lines after the limit
     *                  were not read
     */
    record Report(int accepted, int alreadyStored, int rejected, boolean truncated, List<Line> calls,
                  List<Rejected> errors) {
    }

    private record Pending(int line, Checked.Valid<NewCall> checked) {
        NewCall call() {
            return checked.value();
        }

        Line line(String status) {
            return new Line(line, call().callId(), status, checked.unknownSpeakers(), checked.speakers());
        }
    }

    private final CallService calls;
    private final IngestRules rules;
    private final List<Pending> pending = new ArrayList<>(CHUNK);
    private final List<Line> stored = new ArrayList<>();
    private final List<Rejected> errors = new ArrayList<>();
    private int accepted;
    private int alreadyStored;

    BulkIngest(CallService calls, IngestRules rules) {
        this.calls = calls;
        this.rules = rules;
    }

    void add(BulkReader.Item item) {
        if (item.payload() == null) {
            errors.add(new Rejected(item.line(), null, String.valueOf(item.error())));
            return;
        }
        switch (rules.check(item.payload().toDraft())) {
            case Checked.Invalid<NewCall>(var violations) -> {
                errors.add(new Rejected(item.line(), item.payload().callId(), RuleViolations.reason(violations)));
                return;
            }
            case Checked.Valid<NewCall> valid -> pending.add(new Pending(item.line(), valid));
        }
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    Report finish(boolean complete) {
        flush();
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Report(accepted, alreadyStored, errors.size(), !complete, List.copyOf(stored),
                List.copyOf(errors));
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<IngestResult> results = calls.ingest(pending.stream().map(Pending::call).toList());
        for (int i = 0; i < results.size(); i++) {
            Pending call = pending.get(i);
            switch (results.get(i).status()) {
                case ACCEPTED -> {
                    accepted++;
                    stored.add(call.line("accepted"));
                }
                case ALREADY_STORED -> {
                    alreadyStored++;
                    stored.add(call.line("already_stored"));
                }
                case CONFLICT -> errors.add(new Rejected(call.line(), call.call().callId(),
                        DuplicateCall.reason(call.call().callId())));
            }
        }
        pending.clear();
    }
}
