package com.salescalls.similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merges, each kind of data in a file of its own, plus the merge that gives a rebuild's segments
 * their graphs: a rebuild writes its segments without HNSW graphs (see {@link VectorIndex#deferGraphs}), and only a
 * merge writes a segment's graph afresh, so the forced merge asked for by {@link #rewriteAtNextForcedMerge} rewrites
 * every segment there was when it was asked for, into at most the segments asked for, even where there are already
 * that few (a plain forced merge would leave them as they are). Segments of about equal size: the merges run side by
 * side, and the query's cost is that of its largest graph.
 */
final class GraphMergePolicy extends FilterMergePolicy {

    private final BooleanSupplier held;
    private volatile boolean rewriteAll;

    /**
     * @param held whether merges other than forced ones wait: while a rebuild writes its segments without graphs,
     *             since the merge after it rewrites them all anyway, and merging them meanwhile (quantizing every
     *             vector again) took CPU from it
     */
    GraphMergePolicy(BooleanSupplier held) {
        super(separateFiles());
        this.held = held;
    }

    private static TieredMergePolicy separateFiles() {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0.0);
        return merges;
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        return held.getAsBoolean() ? null : super.findMerges(trigger, infos, context);
    }

    @Override
    public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        // the small segments, merged at commits
        return held.getAsBoolean() ? null : super.findFullFlushMerges(trigger, infos, context);
    }

    /** Whether the next forced merge rewrites every segment (true), or merges as Lucene would (false). */
    void rewriteAtNextForcedMerge(boolean rewrite) {
        rewriteAll = rewrite;
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
        if (!rewriteAll) {
            return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        }
        // the segments there were when the merge was asked for (true), not those its merges have written (false)
        Set<SegmentCommitInfo> merging = context.getMergingSegments();
        List<SegmentCommitInfo> originals = new ArrayList<>();
        for (SegmentCommitInfo segment : infos) {
            if (Boolean.TRUE.equals(segmentsToMerge.get(segment)) && !merging.contains(segment)) {
                originals.add(segment);
            }
        }
        if (originals.isEmpty()) {
            // every original is rewritten or being rewritten; what remains is an ordinary forced merge
            return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        }
        // largest first, each into the group holding the fewest documents so far
        originals.sort(Comparator.comparingInt((SegmentCommitInfo s) -> s.info.maxDoc()).reversed());
        int groups = Math.min(maxSegmentCount, originals.size());
        List<List<SegmentCommitInfo>> parts = new ArrayList<>(groups);
        long[] documents = new long[groups];
        for (int g = 0; g < groups; g++) {
            parts.add(new ArrayList<>());
        }
        for (SegmentCommitInfo segment : originals) {
            int smallest = 0;
            for (int g = 1; g < groups; g++) {
                if (documents[g] < documents[smallest]) {
                    smallest = g;
                }
            }
            parts.get(smallest).add(segment);
            documents[smallest] += segment.info.maxDoc();
        }
        List<SegmentCommitInfo> order = infos.asList();
        MergeSpecification merges = new MergeSpecification();
        for (List<SegmentCommitInfo> part : parts) {
            // the index's order within each merge: Lucene merges the segments as listed
            part.sort(Comparator.comparingInt(order::indexOf));
            merges.add(new OneMerge(part));
        }
        return merges;
    }
}
