package com.salescalls.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.ExportTooLarge;
import com.salescalls.platform.ReplicaRouting;

/**
 * Stores calls and answers the call queries, each scoped to what the caller may see. Storing calls publishes
 * {@link CallsIngested} in the same transaction, on which the analysis pipeline queues them.
 */
@Service
public class CallService {

    /** Matches a list counts exactly; beyond them its total is an estimate (a count of every match costs a scan). */
    public static final int EXACT_TOTAL_LIMIT = 1_000;

    private final CallRepository calls;
    private final ApplicationEventPublisher events;
    private final KeywordRanking ranking;

    CallService(CallRepository calls, ApplicationEventPublisher events, KeywordRanking ranking) {
        this.calls = calls;
        this.events = events;
        this.ranking = ranking;
    }

    /**
     * Stores the new calls as pending and publishes {@link CallsIngested} for them, in one transaction, so that
     * their analysis is queued with them: what this returns as accepted is durable and will be analysed. An id
     * already stored is left alone: the same content is {@code ALREADY_STORED}, other content a {@code CONFLICT}.
     * Results are in the order of the batch.
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
            events.publishEvent(new CallsIngested(accepted));
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

    /** The call, if it exists and the caller may see it; otherwise 404. */
    @Transactional(readOnly = true)
    public Call get(String callId, CurrentUser caller, boolean withEmbedding) {
        return find(callId, caller, withEmbedding).orElseThrow(() -> new CallNotFound(callId));
    }

    /** The call (without its embedding), if it exists and the caller may see it: one that may not looks absent. */
    @Transactional(readOnly = true)
    public Optional<Call> find(String callId, CurrentUser caller) {
        return find(callId, caller, false);
    }

    // from the primary: the detail caches what this returns, and a replica behind it must not be cached
    private Optional<Call> find(String callId, CurrentUser caller, boolean withEmbedding) {
        return stored(callId, withEmbedding).filter(call -> caller.maySee(call.agentId()));
    }

    private Optional<Call> stored(String callId, boolean withEmbedding) {
        return ReplicaRouting.onPrimary(() -> calls.find(callId, withEmbedding));
    }

    /**
     * Whether a call of this id is stored, whoever may see it: for refusing an id that is taken, with an answer
     * that says no more than that.
     */
    @Transactional(readOnly = true)
    public boolean isStored(String callId) {
        return stored(callId, false).isPresent();
    }

    /**
     * A page of the list: ranked by the {@link KeywordRanking} for a query in relevance order when it can answer,
     * otherwise from PostgreSQL, after {@code after} when given (else at the filter's offset). The total is exact
     * up to {@link #EXACT_TOTAL_LIMIT} matches, then the planner's estimate, never below the limit.
     */
    @Transactional(readOnly = true)
    public CallPage list(CallFilter filter, @Nullable CallCursor after, CurrentUser caller) {
        if (after != null && after.sort() != filter.sort()) {
            throw new IllegalArgumentException("the cursor is for another order");
        }
        if (filter.sort() == CallSort.RELEVANCE) {
            Optional<KeywordHits> ranked = ranking.rank(filter, caller);
            if (ranked.isPresent()) {
                return new CallPage(calls.byIds(ranked.get().hits().stream().map(KeywordHits.Hit::callId).toList()),
                        ranked.get().total(), false, null);
            }
        }
        CallQuerySql query = CallQuerySql.of(filter, caller);
        List<Call> page = calls.page(query, after);
        String next = page.size() == filter.limit() ? CallCursor.after(page.getLast(), filter.sort()) : null;
        long counted = calls.countUpTo(query, EXACT_TOTAL_LIMIT);
        if (counted <= EXACT_TOTAL_LIMIT) {
            return new CallPage(page, counted, false, next);
        }
        return new CallPage(page, Math.max(EXACT_TOTAL_LIMIT + 1, calls.estimatedCount(query)), true, next);
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
}
