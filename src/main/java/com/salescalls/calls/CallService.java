package com.salescalls.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptInput;

/**
 * Stores calls with their analysis and answers the call queries, each scoped to what the caller may see.
 * Analysis runs synchronously here, in batches so the embedding model sees several transcripts at once.
 */
@Service
public class CallService {

    private final CallRepository calls;
    private final TranscriptAnalyzer analyzer;
    private final ApplicationEventPublisher events;
    private final CallLookup lookup;

    CallService(CallRepository calls, TranscriptAnalyzer analyzer, ApplicationEventPublisher events,
            CallLookup lookup) {
        this.calls = calls;
        this.analyzer = analyzer;
        this.events = events;
        this.lookup = lookup;
    }

    /** Analyses and stores the calls in one transaction: all are stored, or none. */
    @Transactional
    public void ingest(List<NewCall> batch) {
        List<TranscriptAnalysis> analyses = analyzer.analyzeAll(batch.stream()
                .map(call -> TranscriptInput.text(call.transcript(), call.durationSeconds())).toList());
        List<CallRepository.Analysed> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            rows.add(new CallRepository.Analysed(batch.get(i), analyses.get(i)));
        }
        calls.insertAnalysed(rows);
        events.publishEvent(new CallsAnalyzed(batch.stream().map(NewCall::callId).toList()));
    }

    /** The call, if it exists and the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Call get(String callId, CurrentUser caller, boolean withEmbedding) {
        return lookup.find(callId, withEmbedding)
                .filter(call -> caller.maySee(call.agentId()))
                .orElseThrow(() -> new CallNotFound(callId));
    }

    @Transactional(readOnly = true)
    public CallPage list(CallFilter filter, CurrentUser caller) {
        CallQuerySql query = CallQuerySql.of(filter, caller);
        return new CallPage(calls.page(query), calls.count(query));
    }

    @Transactional(readOnly = true)
    public long count() {
        return calls.countAll();
    }

    /** The highest N among stored ids of the form {@code CALL_} + 8 digits, so new ones can follow it. */
    @Transactional(readOnly = true)
    public OptionalLong highestStandardCallNumber() {
        return calls.highestStandardCallNumber();
    }
}
