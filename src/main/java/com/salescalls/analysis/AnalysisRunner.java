package com.salescalls.analysis;

import java.time.Duration;
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

import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.calls.CallAnalyses;
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

    private final CallAnalyses calls;
    private final AnalysisQueue queue;
    private final TransactionTemplate transactions;
    private final Function<List<TranscriptInput>, List<TranscriptAnalysis>> analyzer;
    private final PipelineMetrics metrics;
    private final AnalysisProperties properties;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    AnalysisRunner(CallAnalyses calls, AnalysisQueue queue, TransactionTemplate transactions,
            Function<List<TranscriptInput>, List<TranscriptAnalysis>> analyzer, PipelineMetrics metrics,
            AnalysisProperties properties) {
        this.calls = calls;
        this.queue = queue;
        this.transactions = transactions;
        this.analyzer = analyzer;
        this.metrics = metrics;
        this.properties = properties;
    }

    /** What one batch came to, counted once its transaction committed. */
    private record Outcome(int analyzed, int failed, int retried) {
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

    /**
     * Whether a batch of this instance is still running: claimed, or stored but not yet past the transaction's
     * after-commit callbacks, which hand the stored analyses to their listeners.
     */
    boolean running() {
        return !held.isEmpty();
    }

    /** Gives the tasks of the batches still running back to the queue; a result stored later is then refused. */
    int handBack() {
        return queue.release(List.copyOf(held));
    }

    private void run(AnalysisQueue.Claim claim) {
        Map<String, Integer> attempts = new HashMap<>();
        claim.tasks().forEach(task -> attempts.put(task.callId(), task.attempts()));
        List<CallAnalyses.Input> inputs = calls.inputs(attempts.keySet());
        Map<String, TranscriptAnalysis> analysed = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        long started = System.nanoTime();
        analyse(inputs, analysed, failures);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Outcome outcome = transactions.execute(status -> store(claim, attempts, inputs, analysed, failures));
        metrics.analyzed(outcome.analyzed(), took);
        metrics.failed(outcome.failed());
        metrics.retried(outcome.retried());
    }

    private void analyse(List<CallAnalyses.Input> inputs, Map<String, TranscriptAnalysis> analysed,
            Map<String, String> failures) {
        try {
            List<TranscriptAnalysis> results = analyzer.apply(inputs.stream().map(CallAnalyses.Input::transcript)
                    .toList());
            for (int i = 0; i < inputs.size(); i++) {
                analysed.put(inputs.get(i).callId(), results.get(i));
            }
        } catch (RuntimeException | StackOverflowError batchFailure) {
            for (CallAnalyses.Input call : inputs) {
                try {
                    analysed.put(call.callId(), analyzer.apply(List.of(call.transcript())).getFirst());
                } catch (RuntimeException | StackOverflowError failure) {
                    log.warn("Analysis of call {} failed", call.callId(), failure);
                    failures.put(call.callId(), reason(failure));
                }
            }
        }
    }

    private Outcome store(AnalysisQueue.Claim claim, Map<String, Integer> attempts, List<CallAnalyses.Input> inputs,
            Map<String, TranscriptAnalysis> analysed, Map<String, String> failures) {
        Set<String> stillHeld = analysed.isEmpty() ? Set.of()
                : new HashSet<>(queue.complete(claim.id(), analysed.keySet()));
        List<CallAnalyses.Result> results = new ArrayList<>(stillHeld.size());
        for (CallAnalyses.Input call : inputs) {
            if (stillHeld.contains(call.callId())) {
                results.add(new CallAnalyses.Result(call.callId(), analysed.get(call.callId())));
            }
        }
        calls.store(results);
        int failed = 0;
        int retried = 0;
        for (Map.Entry<String, String> failure : failures.entrySet()) {
            String callId = failure.getKey();
            int attempt = attempts.get(callId);
            if (attempt >= properties.maxAttempts()) {
                if (!queue.complete(claim.id(), List.of(callId)).isEmpty()) {
                    calls.markFailed(callId, "analysis failed " + attempt + " times; last error: "
                            + failure.getValue());
                    failed++;
                }
            } else if (queue.retryLater(claim.id(), callId, properties.retryBackoff().multipliedBy(attempt),
                    failure.getValue())) {
                retried++;
            }
        }
        return new Outcome(results.size(), failed, retried);
    }

    private static String reason(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                + failure.getMessage());
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }
}
