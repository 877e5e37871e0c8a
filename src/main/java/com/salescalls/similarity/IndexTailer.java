package com.salescalls.similarity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.CallFeed;

/**
 * Brings one index up to date with the feed of analysed calls: each poll reads the analyses numbered above the
 * last one seen plus any skipped numbers that have since committed, files them, makes them searchable (at once
 * when caught up), and commits to disk at most every {@code commitInterval} (a restart replays from the committed
 * watermark, and filing a call twice is harmless). After a long catch-up it has the index merged down in the
 * background; searches move to the merged segments at the next poll after the merge, which commits them like
 * new calls (a merge that a stop cuts short is resumed at the next start: see {@link VectorIndex#mergeDown}). A
 * catch-up that long from the start writes its segments without graphs, which that merge then builds
 * ({@link VectorIndex#deferGraphs}): the calls are searchable, by exact scans, minutes sooner. Used by one thread at
 * a time.
 */
final class IndexTailer {

    static final Duration CATCH_UP_CHECKPOINT = Duration.ofSeconds(60);
    private static final Executor READERS = command -> Thread.ofVirtual().name("index-feed-reader").start(command);
    /**
     * Stretches of {@code batchSize} numbers read at once, each on a connection of its own, while catching up: one
     * reader kept the indexing lanes waiting (PostgreSQL producing the rows, then the driver decoding them, one
     * batch after another).
     */
    static final int PARALLEL_READS = 2;
    /** A catch-up of at least this many calls (a rebuild, a long outage) is merged down afterwards. */
    static final int MERGE_AFTER_CALLS = 50_000;
    /** Segments a merged index keeps: each segment is one more graph and term dictionary per query. */
    static final int MERGED_SEGMENTS = 4;

    private final CallFeed feed;
    private final VectorIndex index;
    private final Duration gapTimeout;
    private SequenceWatermark seen;
    private final int batchSize;
    private final Duration commitInterval;
    private long committedWatermark;
    private Instant lastCommit = Instant.MIN;
    private Instant lastRefresh = Instant.MIN;
    private boolean unrefreshed;
    private long caughtUpCalls;
    /** Whether the last poll found more waiting: the next reads stretches of numbers, several at once. */
    private boolean catchingUp;
    /** The numbers up to which those stretches have been read (rows or none). */
    private long stretchesReadTo;
    private volatile long searchableWatermark;
    private volatile Progress progress;

    /** How far the index is: every analysis numbered up to {@code watermark} applied, {@code written} calls in it. */
    record Progress(long watermark, long written) {
    }

    IndexTailer(CallFeed feed, VectorIndex index, int batchSize, Duration gapTimeout, Duration commitInterval) {
        this.feed = feed;
        this.index = index;
        this.batchSize = batchSize;
        this.commitInterval = commitInterval;
        this.gapTimeout = gapTimeout;
        this.committedWatermark = index.watermark();
        this.seen = new SequenceWatermark(committedWatermark, gapTimeout);
        this.searchableWatermark = committedWatermark;
        this.progress = new Progress(committedWatermark, index.written());
        if (!index.graphsDeferred() && feed.countAfter(committedWatermark) >= MERGE_AFTER_CALLS) {
            // a rebuild or a long outage: searchable sooner without graphs, which the merge at the end builds
            index.deferGraphs();
        }
    }

    /** One round; returns whether more is probably waiting (a full batch, or stretches short of the highest number). */
    boolean poll(Instant now) {
        List<AnalyzedCall> late = feed.at(seen.openGaps());
        List<AnalyzedCall> next;
        boolean more;
        if (catchingUp) {
            // the same rows as one read of everything numbered up to the last stretch's end; numbers without a row
            // become gaps as they would then (asked for again until they appear or time out)
            long from = Math.max(stretchesReadTo, seen.highestSeen());
            long highest = feed.highestSeq();
            next = readStretches(from);
            stretchesReadTo = from + (long) PARALLEL_READS * batchSize;
            more = stretchesReadTo < highest;
        } else {
            next = feed.after(seen.highestSeen(), batchSize);
            more = next.size() == batchSize;
        }
        catchingUp = more;
        try {
            return apply(late, next, more, now);
        } catch (RuntimeException e) {
            rewind();
            throw e;
        }
    }

    private List<AnalyzedCall> readStretches(long from) {
        List<CompletableFuture<List<AnalyzedCall>>> reads = new ArrayList<>(PARALLEL_READS - 1);
        for (int stretch = 1; stretch < PARALLEL_READS; stretch++) {
            long after = from + (long) stretch * batchSize;
            reads.add(CompletableFuture.supplyAsync(() -> feed.between(after, after + batchSize), READERS));
        }
        List<AnalyzedCall> all = new ArrayList<>(feed.between(from, from + batchSize));
        try {
            for (CompletableFuture<List<AnalyzedCall>> read : reads) {
                all.addAll(read.join());
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        return all;
    }

    private boolean apply(List<AnalyzedCall> late, List<AnalyzedCall> next, boolean more, Instant now) {
        List<AnalyzedCall> all = new ArrayList<>(late.size() + next.size());
        all.addAll(late);
        all.addAll(next);
        index.apply(all);
        seen.seen(all.stream().map(AnalyzedCall::analyzedSeq).toList(), now);
        progress = new Progress(seen.watermark(), index.written());
        seen.expire(now);
        unrefreshed |= !all.isEmpty();
        caughtUpCalls += all.size();
        if (!more) {
            if (index.graphsDeferred()) {
                index.buildGraphs(MERGED_SEGMENTS);
            } else if (caughtUpCalls >= MERGE_AFTER_CALLS) {
                index.mergeDown(MERGED_SEGMENTS);
            }
            caughtUpCalls = 0;
        }
        // Every refresh and commit writes a segment, and each segment is one more graph to search: while catching up,
        // both wait for CATCH_UP_CHECKPOINT so a rebuild writes few large segments; once caught up, refresh each poll.
        if (unrefreshed && (!more || !now.isBefore(lastRefresh.plus(CATCH_UP_CHECKPOINT)))) {
            long applied = seen.watermark();
            index.refresh();
            searchableWatermark = applied;
            unrefreshed = false;
            lastRefresh = now;
        } else if (!unrefreshed) {
            // nothing new to show, but a background merge may have finished: searches move to the merged
            // segments now rather than at the next new call (a no-op when the segments are unchanged)
            index.refresh();
            searchableWatermark = seen.watermark();
        }
        Duration checkpoint = more ? CATCH_UP_CHECKPOINT : commitInterval;
        if (!now.isBefore(lastCommit.plus(checkpoint))) {
            commit(now);
        }
        return more;
    }

    /** Commits whatever was applied or merged since the last commit, e.g. before closing; nothing else. */
    void commit(Instant now) {
        if (seen.watermark() != committedWatermark || index.hasUncommittedChanges()) {
            long applied = seen.watermark();
            try {
                index.commit(applied);
            } catch (RuntimeException e) {
                rewind();
                throw e;
            }
            committedWatermark = applied;
            lastCommit = now;
        }
    }

    /**
     * After the index failed to file calls: the batches the lanes were still filing already count as seen, so the
     * next poll reads again from the last commit (filing a call twice is harmless).
     */
    private void rewind() {
        seen = new SequenceWatermark(committedWatermark, gapTimeout);
        stretchesReadTo = 0;
        progress = new Progress(committedWatermark, progress.written());
    }

    /** The watermark and the calls written as of the same moment (read from any thread, e.g. by /health). */
    Progress progress() {
        return progress;
    }

    long watermark() {
        return seen.watermark();
    }

    /** The watermark as of the last refresh: what searches already see (read from any thread). */
    long searchableWatermark() {
        return searchableWatermark;
    }
}
