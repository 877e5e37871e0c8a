package com.salescalls.similarity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.CallFeed;

/**
 * Brings one index up to date with the feed of analysed calls: each poll reads the analyses numbered above the
 * last one seen plus any skipped numbers that have since committed, files them, makes them searchable (at once
 * when caught up), and commits to disk at most every {@code commitInterval} (a restart replays from the committed watermark, and
 * filing a call twice is harmless). Used by one thread at a time.
 */
final class IndexTailer {

    static final Duration CATCH_UP_CHECKPOINT = Duration.ofSeconds(60);

    private final CallFeed feed;
    private final VectorIndex index;
    private final SequenceWatermark seen;
    private final int batchSize;
    private final Duration commitInterval;
    private long committedWatermark;
    private Instant lastCommit = Instant.MIN;
    private Instant lastRefresh = Instant.MIN;
    private boolean unrefreshed;
    private volatile long searchableWatermark;

    IndexTailer(CallFeed feed, VectorIndex index, int batchSize, Duration gapTimeout, Duration commitInterval) {
        this.feed = feed;
        this.index = index;
        this.batchSize = batchSize;
        this.commitInterval = commitInterval;
        this.committedWatermark = index.watermark();
        this.seen = new SequenceWatermark(committedWatermark, gapTimeout);
        this.searchableWatermark = committedWatermark;
    }

    /** One round; returns whether a full batch was read, i.e. more is probably waiting. */
    boolean poll(Instant now) {
        List<AnalyzedCall> late = feed.at(seen.openGaps());
        List<AnalyzedCall> next = feed.after(seen.highestSeen(), batchSize);
        List<AnalyzedCall> all = new ArrayList<>(late.size() + next.size());
        all.addAll(late);
        all.addAll(next);
        index.apply(all);
        seen.seen(all.stream().map(AnalyzedCall::analyzedSeq).toList(), now);
        seen.expire(now);
        boolean more = next.size() == batchSize;
        unrefreshed |= !all.isEmpty();
        // Every refresh and commit writes a segment, and each segment is one more graph to search: while catching up,
        // both wait for CATCH_UP_CHECKPOINT so a rebuild writes few large segments; once caught up, refresh each poll.
        if (unrefreshed && (!more || !now.isBefore(lastRefresh.plus(CATCH_UP_CHECKPOINT)))) {
            long applied = seen.watermark();
            index.refresh();
            searchableWatermark = applied;
            unrefreshed = false;
            lastRefresh = now;
        } else if (!unrefreshed) {
            searchableWatermark = seen.watermark();
        }
        Duration checkpoint = more ? CATCH_UP_CHECKPOINT : commitInterval;
        if (seen.watermark() != committedWatermark && !now.isBefore(lastCommit.plus(checkpoint))) {
            commit(now);
        }
        return more;
    }

    /** Commits whatever was applied, e.g. before closing. */
    void commit(Instant now) {
        committedWatermark = seen.watermark();
        index.commit(committedWatermark);
        lastCommit = now;
    }

    long watermark() {
        return seen.watermark();
    }

    /** The watermark as of the last refresh: what searches already see (read from any thread). */
    long searchableWatermark() {
        return searchableWatermark;
    }
}
