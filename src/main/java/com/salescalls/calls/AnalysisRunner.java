package com.salescalls.calls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptInput;

/**
 * One step of the pipeline: claim a batch of queued calls, analyse them together (the embedding model sees the
 * whole batch), and store the analyses and finish the tasks in one transaction. If the batch's analysis throws,
 * each call is analysed alone, so one poison transcript fails (and, after its last attempt, is marked failed with
 * the reason) while the rest of the batch is stored.
 */
class AnalysisRunner {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRunner.class);
    private static final int MAX_REASON_CHARS = 500;

    private final CallRepository calls;
    private final AnalysisQueue queue;
    private final TransactionTemplate transactions;
    private final Function<List<TranscriptInput>, List<TranscriptAnalysis>> analyzer;
    private final ApplicationEventPublisher events;
    private final CallsProperties properties;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    AnalysisRunner(CallRepository calls, AnalysisQueue queue, TransactionTemplate transactions,
            Function<List<TranscriptInput>, List<TranscriptAnalysis>> analyzer, ApplicationEventPublisher events,
            CallsProperties properties) {
        this.calls = calls;
        this.queue = queue;
        this.transactions = transactions;
        this.analyzer = analyzer;
        this.events = events;
        this.properties = properties;
    }

    /** Runs one batch; returns how many calls it claimed (0: nothing was ready). */
    int runOnce() {
        AnalysisQueue.Claim claim = queue.claim(properties.batchSize(), properties.lease());
        if (claim.tasks().isEmpty()) {
            return 0;
        }
        held.add(claim.id());
        try {
            run(claim);
        } finally {
            held.remove(claim.id());
        }
        return claim.tasks().size();
    }

    /** Gives the tasks of the batches still running back to the queue; a result stored later is then refused. */
    int handBack() {
        return queue.release(List.copyOf(held));
    }

    private void run(AnalysisQueue.Claim claim) {
        Map<String, Integer> attempts = new HashMap<>();
        claim.tasks().forEach(task -> attempts.put(task.callId(), task.attempts()));
        List<CallRepository.PendingAnalysis> inputs = calls.forAnalysis(attempts.keySet());
        Map<String, TranscriptAnalysis> analysed = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        analyse(inputs, analysed, failures);
        transactions.executeWithoutResult(status -> store(claim, attempts, inputs, analysed, failures));
    }

    private void analyse(List<CallRepository.PendingAnalysis> inputs, Map<String, TranscriptAnalysis> analysed,
            Map<String, String> failures) {
        try {
            List<TranscriptAnalysis> results = analyzer.apply(inputs.stream().map(AnalysisRunner::input).toList());
            for (int i = 0; i < inputs.size(); i++) {
                analysed.put(inputs.get(i).callId(), results.get(i));
            }
        } catch (RuntimeException | StackOverflowError batchFailure) {
            for (CallRepository.PendingAnalysis call : inputs) {
                try {
                    analysed.put(call.callId(), analyzer.apply(List.of(input(call))).getFirst());
                } catch (RuntimeException | StackOverflowError failure) {
                    log.warn("Analysis of call {} failed", call.callId(), failure);
                    failures.put(call.callId(), reason(failure));
                }
            }
        }
    }

    private void store(AnalysisQueue.Claim claim, Map<String, Integer> attempts,
            List<CallRepository.PendingAnalysis> inputs, Map<String, TranscriptAnalysis> analysed,
            Map<String, String> failures) {
        Set<String> stillHeld = analysed.isEmpty() ? Set.of()
                : new HashSet<>(queue.complete(claim.id(), analysed.keySet()));
        if (!stillHeld.isEmpty()) {
            List<CallRepository.AnalysedCall> rows = new ArrayList<>(stillHeld.size());
            for (CallRepository.PendingAnalysis call : inputs) {
                if (stillHeld.contains(call.callId())) {
                    rows.add(new CallRepository.AnalysedCall(call.callId(), analysed.get(call.callId())));
                }
            }
            calls.storeAnalyses(rows, AnalyzerVersion.CURRENT);
            events.publishEvent(new CallsAnalyzed(rows.stream().map(CallRepository.AnalysedCall::callId).toList()));
        }
        failures.forEach((callId, reason) -> {
            int attempt = attempts.get(callId);
            if (attempt >= properties.maxAttempts()) {
                if (!queue.complete(claim.id(), List.of(callId)).isEmpty()) {
                    calls.markFailed(callId, "analysis failed " + attempt + " times; last error: " + reason);
                    events.publishEvent(new CallAnalysisFailed(callId));
                }
            } else {
                queue.retryLater(claim.id(), callId, properties.retryBackoff().multipliedBy(attempt), reason);
            }
        });
    }

    private static TranscriptInput input(CallRepository.PendingAnalysis call) {
        return call.utterances() == null ? TranscriptInput.text(call.transcript(), call.durationSeconds())
                : TranscriptInput.lines(call.utterances(), call.durationSeconds());
    }

    private static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                + failure.getMessage());
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }
}
