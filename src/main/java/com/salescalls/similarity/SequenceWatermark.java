package com.salescalls.similarity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Which {@code analyzed_seq} numbers a reader has seen. Numbers are taken when a transaction stores an analysis
 * but become visible only when it commits, so a reader can see 12 before 11: 11 is then a gap, asked for again
 * on every poll until it appears or, after {@code gapTimeout}, is taken as never coming (a rolled-back
 * transaction, or a call re-analysed again before its number was read). The watermark below the oldest open
 * gap is what a restart can safely resume from.
 */
final class SequenceWatermark {

    // Bounds memory and the gap query. Only numbers taken by transactions still open can appear late, and those are
    // the latest few thousand at most: a longer run of missing numbers is history (re-analysed calls), not gaps.
    static final int MAX_GAPS = 5_000;

    private final Duration gapTimeout;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long highestSeen;

    SequenceWatermark(long resumeFrom, Duration gapTimeout) {
        this.highestSeen = resumeFrom;
        this.gapTimeout = gapTimeout;
    }

    /** Read the next numbers above this one. */
    long highestSeen() {
        return highestSeen;
    }

    /** Ask for these numbers again: they were skipped and may still commit. */
    List<Long> openGaps() {
        return List.copyOf(gaps.keySet());
    }

    /** Records numbers read at {@code now}: those from above {@code highestSeen} in ascending order, or gaps filled. */
    void seen(Collection<Long> seqs, Instant now) {
        for (long seq : seqs) {
            if (seq > highestSeen) {
                for (long missing = Math.max(highestSeen + 1, seq - MAX_GAPS); missing < seq; missing++) {
                    gaps.put(missing, now);
                }
                highestSeen = seq;
            } else {
                gaps.remove(seq);
            }
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
    }

    /** Gives up gaps older than the timeout. */
    void expire(Instant now) {
        gaps.values().removeIf(since -> since.plus(gapTimeout).isBefore(now));
    }

    /** Every number up to this one has been seen or given up. */
    long watermark() {
        return gaps.isEmpty() ? highestSeen : gaps.firstKey() - 1;
    }
}
