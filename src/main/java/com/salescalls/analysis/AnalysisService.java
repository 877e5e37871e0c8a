package com.salescalls.analysis;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.salescalls.calls.CallAnalyses;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.platform.AsyncListeners;

/** The analysis pipeline's front door: re-analysis, its state and progress, and waiting for it to finish. */
@Service
public class AnalysisService {

    /** Ids handed from the calls module to the queue at a time during a re-analysis. */
    private static final int PAGE = 5_000;

    private final CallAnalyses calls;
    private final AnalysisQueue queue;
    private final AnalysisWorkers workers;
    private final PipelineMonitor monitor;
    private final AsyncListeners listeners;

    AnalysisService(CallAnalyses calls, AnalysisQueue queue, AnalysisWorkers workers, PipelineMonitor monitor,
            AsyncListeners listeners) {
        this.calls = calls;
        this.queue = queue;
        this.workers = workers;
        this.monitor = monitor;
        this.listeners = listeners;
    }

    /** Queues every stored call for analysis again (or only those of an older analyser); returns how many. */
    @Transactional
    public int reanalyze(boolean outdatedOnly) {
        calls.resetFailed();
        int queued = enqueue(outdatedOnly ? CallAnalyses.Selection.NOT_CURRENT : CallAnalyses.Selection.ALL);
        wakeWorkersAfterCommit();
        return queued;
    }

    /**
     * Queues the analysed calls whose analysis an older analyser made, so that after an upgrade every call is
     * analysed (and its vector made) the same way; returns how many. {@link OutdatedAnalyses} runs it at start.
     */
    @Transactional
    public int reanalyzeOutdated() {
        int queued = enqueue(CallAnalyses.Selection.ANALYZED_BY_OLDER);
        if (queued > 0) {
            wakeWorkersAfterCommit();
        }
        return queued;
    }

    /** Calls by analysis status, the queue's state and the progress through it, for operators. */
    @Transactional(readOnly = true)
    public PipelineState state() {
        AnalysisQueue.QueueState state = monitor.sample();
        return new PipelineState(calls.countsByStatus(), state.ready(), state.inProgress(), state.retrying(),
                state.oldestEnqueuedAt(), AnalyzerVersion.CURRENT, monitor.progress());
    }

    /**
     * Waits until every queued analysis is stored, and what listens to stored analyses has run, taking part in
     * the work on the calling thread; for one-off commands that must not exit with calls still pending, and for
     * tests.
     */
    public void awaitAnalysis(Duration timeout) {
        awaitAnalysis(timeout, progress -> {
        });
    }

    /** As {@link #awaitAnalysis(Duration)}, telling {@code onProgress} how far it is as it goes. */
    public void awaitAnalysis(Duration timeout, Consumer<Progress> onProgress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        workers.drain(timeout, onProgress);
        if (!listeners.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
            throw new IllegalStateException("listeners of stored analyses still busy after " + timeout);
        }
    }

    /** Queues calls in the transaction that stored them ({@code CallService.ingest} publishes the event in it). */
    void enqueueIngested(List<String> callIds) {
        queue.enqueue(callIds);
        wakeWorkersAfterCommit();
    }

    private int enqueue(CallAnalyses.Selection selection) {
        int queued = 0;
        @Nullable String after = null;
        List<String> page;
        do {
            page = calls.ids(selection, after, PAGE);
            if (!page.isEmpty()) {
                queued += queue.enqueue(page);
                after = page.getLast();
            }
        } while (page.size() == PAGE);
        return queued;
    }

    // idle workers of this instance start at once; other instances find the calls at their next poll
    private void wakeWorkersAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            monitor.queued();
            workers.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                monitor.queued();
                workers.wake();
            }
        });
    }
}
