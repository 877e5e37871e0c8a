package com.salescalls.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.calls.NewCall;
import com.salescalls.insights.ScoredUtterance;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.UtteranceScorer;

/**
 * A call being streamed by its producer on this instance: the running analysis, the numbering of its messages and
 * the utterances to store at the end. Every utterance gets a start time for the stored transcript: the producer's
 * {@code start_ms}, or else when it arrived, counted from the call's start.
 */
final class LiveCall {

    private final String callId;
    private final LiveCallSpec spec;
    private final CallMonitor monitor;
    private final List<SpokenLine> lines = new ArrayList<>();
    private long seq;
    private long lastEndMs;
    private long lastStartMs;
    private long characters;
    private long lastKeepAliveNanos = System.nanoTime();
    private boolean over;

    LiveCall(String callId, LiveCallSpec spec, LiveProperties.Alerts alerts) {
        this.callId = callId;
        this.spec = spec;
        this.monitor = new CallMonitor(callId, alerts);
    }

    String callId() {
        return callId;
    }

    LiveCallSpec spec() {
        return spec;
    }

    /** Whether the call was stored or aborted; callers hold the call's lock, as for every change. */
    boolean isOver() {
        return over;
    }

    void markOver() {
        over = true;
    }

    long nextSeq() {
        return ++seq;
    }

    int utterances() {
        return monitor.utterances();
    }

    /** Characters of text in the utterances so far, which the ingest rules bound for the stored call. */
    long characters() {
        return characters;
    }

    /** Whether a given start time keeps the utterances in time order, as a transcript must be. */
    boolean startsInOrder(@Nullable Long startMs) {
        return startMs == null || startMs >= lastStartMs;
    }

    /** The utterance's message and its alerts; {@code line} as validated, {@code arrived} when it came in. */
    List<Object> add(SpokenLine line, UtteranceScorer scorer, Instant arrived) {
        // the stored transcript's stamps must not go backwards, so an arrival time never precedes a given start
        long startMs = line.startMs() != null ? line.startMs()
                : Math.max(lastStartMs, arrived.toEpochMilli() - spec.startTime().toInstant().toEpochMilli());
        lastStartMs = startMs;
        SpokenLine stamped = new SpokenLine(line.speaker().strip(), line.text(), startMs, line.endMs());
        lines.add(stamped);
        characters += stamped.text().length();
        lastEndMs = Math.max(lastEndMs, line.endMs() != null ? line.endMs() : startMs);
        ScoredUtterance scored = scorer.score(stamped);
        Instant at = line.startMs() != null ? spec.startTime().toInstant().plusMillis(startMs) : arrived;
        return monitor.accept(scored, at);
    }

    /**
     * The call to store, as its timed utterances. Every line has a start; ends are kept only when every line has
     * one, since a transcript's times are all or nothing.
     */
    NewCall toNewCall() {
        boolean allEnded = lines.stream().allMatch(line -> line.endMs() != null);
        List<SpokenLine> utterances = allEnded ? List.copyOf(lines) : lines.stream()
                .map(line -> new SpokenLine(line.speaker(), line.text(), line.startMs(), null)).toList();
        return NewCall.ofUtterances(callId, spec.agentId(), spec.customerId(), spec.language(), spec.startTime(),
                durationSeconds(), utterances);
    }

    LiveMessages.SummaryMessage summary() {
        return monitor.summary(durationSeconds());
    }

    LiveMessages.StartedMessage started() {
        return new LiveMessages.StartedMessage(callId, spec.agentId(), spec.customerId(), spec.language(),
                spec.startTime().toInstant());
    }

    /** Whether the bus should hear that the call is still going (at most once per interval). */
    boolean keepAliveDue(long intervalNanos) {
        long now = System.nanoTime();
        if (now - lastKeepAliveNanos < intervalNanos) {
            return false;
        }
        lastKeepAliveNanos = now;
        return true;
    }

    // from the call's start to the end of its last utterance, rounded up
    private int durationSeconds() {
        return (int) Math.ceilDiv(lastEndMs, 1000L);
    }
}
