package com.salescalls.calls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.platform.ExportTooLarge;

/**
 * Stores calls and answers the call queries, each scoped to what the caller may see. Storing a call queues its
 * analysis in the same transaction; the pipeline's workers analyse it in the background ({@link AnalysisRunner}).
 */
@Service
public class CallService {

    private final CallRepository calls;
    private final AnalysisQueue queue;
    private final AnalysisWorkers workers;
    private final CallLookup lookup;

    CallService(CallRepository calls, AnalysisQueue queue, AnalysisWorkers workers, CallLookup lookup) {
        this.calls = calls;
        this.queue = queue;
        this.workers = workers;
        this.lookup = lookup;
    }

    /**
     * Stores the new calls as pending and queues their analysis, in one transaction: what this returns as accepted
     * is durable. An id already stored is left alone: the same content is {@code ALREADY_STORED}, other content a
     * {@code CONFLICT}. Results are in the order of the batch.
     */
    @Transactional
    public List<IngestResult> ingest(List<NewCall> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        boolean[] inserted = calls.insertPending(batch);
        List<String> accepted = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            (inserted[i] ? accepted : existing).add(batch.get(i).callId());
        }
        if (!accepted.isEmpty()) {
            queue.enqueue(accepted);
            wakeWorkersAfterCommit();
        }
        Map<String, byte @Nullable []> storedHashes = existing.isEmpty() ? Map.of() : calls.contentHashes(existing);
        List<IngestResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewCall call = batch.get(i);
            IngestResult.Status status = inserted[i] ? IngestResult.Status.ACCEPTED
                    : Arrays.equals(storedHashes.get(call.callId()), ContentHash.of(call))
                    ? IngestResult.Status.ALREADY_STORED : IngestResult.Status.CONFLICT;
            results.add(new IngestResult(call.callId(), status));
        }
        return List.copyOf(results);
    }

    /**
     * Waits until every queued analysis is stored, taking part in the work on the calling thread; for one-off
     * commands that must not exit with calls still pending, and for tests.
     */
    public void awaitAnalysis(Duration timeout) {
        workers.drain(timeout);
    }

    /** Queues every stored call for analysis again (or only those of an older analyser); returns how many. */
    @Transactional
    public int reanalyze(boolean outdatedOnly) {
        calls.resetFailed();
        int queued = queue.enqueueAll(outdatedOnly, AnalyzerVersion.CURRENT);
        wakeWorkersAfterCommit();
        return queued;
    }

    /**
     * Queues the analysed calls whose analysis an older analyser made, so that after an upgrade every call is
     * analysed (and its vector made) the same way; returns how many. {@link OutdatedAnalyses} runs it at start.
     */
    @Transactional
    public int reanalyzeOutdated() {
        int queued = queue.enqueueOutdated(AnalyzerVersion.CURRENT);
        if (queued > 0) {
            wakeWorkersAfterCommit();
        }
        return queued;
    }

    /** Calls by analysis status and the queue's state, for operators. */
    @Transactional(readOnly = true)
    public PipelineState pipelineState() {
        AnalysisQueue.QueueState state = queue.state();
        return new PipelineState(calls.countsByStatus(), state.ready(), state.inProgress(), state.retrying(),
                state.oldestEnqueuedAt(), AnalyzerVersion.CURRENT);
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

    /**
     * Every call the filter matches, in its order, each handed to {@code each} while the query streams, after
     * {@code begin} has run; refused with {@link ExportTooLarge}, before {@code begin}, when more than
     * {@code maxRows} match (the filter's limit and offset do not apply).
     */
    @Transactional(readOnly = true)
    public void export(CallFilter filter, CurrentUser caller, int maxRows, Runnable begin, Consumer<Call> each) {
        CallQuerySql query = CallQuerySql.of(filter, caller);
        long rows = calls.count(query);
        if (rows > maxRows) {
            throw new ExportTooLarge(rows, maxRows);
        }
        begin.run();
        calls.forEach(query, maxRows, each);
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

    // idle workers of this instance start at once; other instances find the calls at their next poll
    private void wakeWorkersAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workers.wake();
            }
        });
    }
}
