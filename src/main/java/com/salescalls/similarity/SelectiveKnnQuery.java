package com.salescalls.similarity;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * A nearest-neighbour query that scans a segment exactly, without trying its graph first, when the filter keeps
 * less than {@link #EXACT_BELOW} of the segment's calls (e.g. an agent user's own calls). Lucene on its own walks
 * the graph until it has visited as many calls as the filter keeps and only then scans them: for a selective
 * filter that walk is wasted, and it costs more than the scan, whose vectors are read in order. The answer is the
 * exact one either way.
 */
class SelectiveKnnQuery extends KnnFloatVectorQuery {

    /** The share of a segment's calls below which a filtered search goes straight to the exact scan. */
    static final double EXACT_BELOW = 0.10;

    SelectiveKnnQuery(String field, float[] target, int k, @Nullable Query filter) {
        super(field, target, k, filter);
    }

    @Override
    protected TopDocs approximateSearch(LeafReaderContext context, AcceptDocs acceptDocs, int visitedLimit,
            KnnCollectorManager collectors) throws IOException {
        // a filtered search passes the filter's count + 1 as the visit limit, an unfiltered one Integer.MAX_VALUE
        if (visitedLimit - 1 < EXACT_BELOW * context.reader().maxDoc()) {
            // an incomplete result is what makes Lucene run its exact scan of the filtered calls
            return new TopDocs(new TotalHits(0, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), new ScoreDoc[0]);
        }
        return super.approximateSearch(context, acceptDocs, visitedLimit, collectors);
    }
}
