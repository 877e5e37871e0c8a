package com.salescalls.calls;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptInput;

/**
 * The analyses of stored calls, as the analysis pipeline reads and writes them: the analyser's input, storing
 * results (the one way an analysis gets stored, announced by {@link CallsAnalyzed}), and final failures (announced
 * by {@link CallAnalysisFailed}). Writes join the caller's transaction, so a pipeline stores results and finishes its
 * tasks atomically.
 */
@NamedInterface("analyses")
@Service
public class CallAnalyses {

    private final CallRepository calls;
    private final ApplicationEventPublisher events;

    CallAnalyses(CallRepository calls, ApplicationEventPublisher events) {
        this.calls = calls;
        this.events = events;
    }

    /** A stored call as the analyser takes it. */
    public record Input(String callId, TranscriptInput transcript) {
    }

    public record Result(String callId, TranscriptAnalysis analysis) {
    }

    /** Which stored calls a re-analysis takes. */
    public enum Selection {
        /** every stored call */
        ALL,
        /** calls without an analysis of the current analyser: older ones, failed and pending */
        NOT_CURRENT,
        /** analysed calls whose analysis an older analyser made (not failed or pending ones) */
        ANALYZED_BY_OLDER
    }

    /** The analyser's input for those of these calls that exist. */
    @Transactional(readOnly = true)
    public List<Input> inputs(Collection<String> callIds) {
        return calls.forAnalysis(callIds).stream().map(call -> new Input(call.callId(), call.utterances() == null
                ? TranscriptInput.text(call.transcript(), call.durationSeconds())
                : TranscriptInput.lines(call.utterances(), call.durationSeconds()))).toList();
    }

    /** Stores these analyses (each takes the next {@code analyzed_seq}) and publishes {@link CallsAnalyzed}. */
    @Transactional
    public void store(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        calls.storeAnalyses(results.stream()
                .map(result -> new CallRepository.AnalysedCall(result.callId(), result.analysis())).toList(),
                AnalyzerVersion.CURRENT);
        events.publishEvent(new CallsAnalyzed(results.stream().map(Result::callId).toList()));
    }

    /** Marks the call's analysis as given up, with the reason users see, and publishes {@link CallAnalysisFailed}. */
    @Transactional
    public void markFailed(String callId, String reason) {
        calls.markFailed(callId, reason);
        events.publishEvent(new CallAnalysisFailed(callId));
    }

    /** Failed calls go back to pending, before they are queued again; returns how many. */
    @Transactional
    public int resetFailed() {
        return calls.resetFailed();
    }

    @Transactional(readOnly = true)
    public Map<String, Long> countsByStatus() {
        return calls.countsByStatus();
    }

    /**
     * Up to {@code limit} ids of the selected calls after {@code afterId} in id order, so that a re-analysis of a
     * million calls walks them in pages.
     */
    @Transactional(readOnly = true)
    public List<String> ids(Selection selection, @Nullable String afterId, int limit) {
        return calls.ids(selection, AnalyzerVersion.CURRENT, afterId, limit);
    }
}
