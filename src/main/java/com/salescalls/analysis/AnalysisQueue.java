package com.salescalls.analysis;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The analysis_tasks table: one row per call waiting for (re-)analysis (its rows name calls, whose table this
 * never reads: which calls to queue comes from the calls module). A worker claims a batch with
 * {@code FOR UPDATE SKIP LOCKED}, so instances never take the same task, and marks it with a fresh claim id and a
 * lease: {@code available_at} moves to the lease's end, so a claim whose worker died becomes claimable again by
 * itself. Only the holder of the current claim can finish a task, so a worker whose lease ran out (and whose
 * task another worker took over) can no longer store its result.
 */
@Repository
class AnalysisQueue {

    private final JdbcClient jdbc;

    AnalysisQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed task; {@code attempts} counts this one. */
    record Claimed(String callId, int attempts) {
    }

    record Claim(UUID id, List<Claimed> tasks) {
    }

    /** Queues these calls (a call already queued stays queued once); returns how many were queued now. */
    int enqueue(Collection<String> callIds) {
        return jdbc.sql("INSERT INTO analysis_tasks (call_id) SELECT unnest(?) ON CONFLICT (call_id) DO NOTHING")
                .param(callIds.toArray(String[]::new)).update();
    }

    Claim claim(int batchSize, Duration lease) {
        UUID claim = UUID.randomUUID();
        List<Claimed> tasks = jdbc.sql("""
                WITH next AS (
                    SELECT call_id FROM analysis_tasks WHERE available_at <= now()
                    ORDER BY available_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                UPDATE analysis_tasks t
                SET claim = :claim, attempts = t.attempts + 1,
                    available_at = now() + make_interval(secs => :lease)
                FROM next WHERE t.call_id = next.call_id
                RETURNING t.call_id, t.attempts""")
                .param("limit", batchSize).param("claim", claim).param("lease", lease.toMillis() / 1000.0)
                .query((rs, row) -> new Claimed(rs.getString(1), rs.getInt(2))).list();
        return new Claim(claim, tasks);
    }

    /** Removes the tasks this claim still holds; returns their ids (the others were taken over). */
    List<String> complete(UUID claim, Collection<String> callIds) {
        return jdbc.sql("DELETE FROM analysis_tasks WHERE call_id = ANY(?) AND claim = ? RETURNING call_id")
                .param(callIds.toArray(String[]::new)).param(claim)
                .query(String.class).list();
    }

    /**
     * Hands the tasks these claims still hold back to the queue at once, as if never claimed (a stopping instance:
     * other instances take them now instead of after the lease); returns how many.
     */
    int release(Collection<UUID> claims) {
        return claims.isEmpty() ? 0 : jdbc.sql("UPDATE analysis_tasks SET claim = NULL, available_at = now(), "
                + "attempts = greatest(attempts - 1, 0) WHERE claim = ANY(?)")
                .param(claims.toArray(UUID[]::new)).update();
    }

    /** Puts a task back for a later attempt, if this claim still holds it. */
    boolean retryLater(UUID claim, String callId, Duration backoff, String error) {
        return jdbc.sql("""
                UPDATE analysis_tasks SET claim = NULL, last_error = ?,
                                          available_at = now() + make_interval(secs => ?)
                WHERE call_id = ? AND claim = ?""")
                .param(error).param(backoff.toMillis() / 1000.0).param(callId).param(claim).update() == 1;
    }

    /**
     * @param ready      tasks waiting for a worker now
     * @param inProgress tasks claimed by a worker whose lease still runs
     * @param retrying   tasks waiting out the backoff after a failed attempt
     */
    record QueueState(long ready, long inProgress, long retrying, @Nullable OffsetDateTime oldestEnqueuedAt) {
    }

    QueueState state() {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE available_at <= now()),
                       count(*) FILTER (WHERE available_at > now() AND claim IS NOT NULL),
                       count(*) FILTER (WHERE available_at > now() AND claim IS NULL),
                       min(enqueued_at)
                FROM analysis_tasks""")
                .query((rs, row) -> new QueueState(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .single();
    }

    long size() {
        return jdbc.sql("SELECT count(*) FROM analysis_tasks").query(Long.class).single();
    }
}
