package com.salescalls.calls;

import java.util.Collection;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysed calls in the order their analyses were stored ({@code analyzed_seq}), for readers that derive
 * state from them on every instance and catch up by asking for what came after the last number they saw.
 * A re-analysed call comes again under its new number.
 */
@NamedInterface("analyses")
@Service
public class CallFeed {

    private final CallFeedRepository feed;

    CallFeed(CallFeedRepository feed) {
        this.feed = feed;
    }

    /** Up to {@code limit} analyses numbered above {@code afterSeq}, in ascending order. */
    @Transactional(readOnly = true)
    public List<AnalyzedCall> after(long afterSeq, int limit) {
        return feed.after(afterSeq, limit);
    }

    /**
     * The analyses numbered above {@code afterSeq} and up to {@code upToSeq}, in ascending order: a stretch of the
     * numbers, so that a reader far behind can read several stretches at once.
     */
    @Transactional(readOnly = true)
    public List<AnalyzedCall> between(long afterSeq, long upToSeq) {
        return feed.between(afterSeq, upToSeq);
    }

    /** The analyses that now carry exactly these numbers (a number whose row was re-analysed is gone). */
    @Transactional(readOnly = true)
    public List<AnalyzedCall> at(Collection<Long> seqs) {
        return seqs.isEmpty() ? List.of() : feed.at(seqs);
    }

    /** How many calls carry a number above {@code afterSeq}: what a reader at that number has yet to see. */
    @Transactional(readOnly = true)
    public long countAfter(long afterSeq) {
        return feed.countAfter(afterSeq);
    }

    /** The highest number handed out so far, 0 before the first analysis. */
    @Transactional(readOnly = true)
    public long highestSeq() {
        return feed.highestSeq();
    }
}
