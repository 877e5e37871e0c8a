package com.salescalls.similarity;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.VectorUtil;
import org.jspecify.annotations.Nullable;

/**
 * Puts a quantized graph search's best candidates back in the exact order, by the dot product of their float32
 * vectors (kept beside the quantized ones): the graph walk finds the neighbourhood, this orders it. Those vectors are
 * read from their files, not mapped, and a candidate whose pages the kernel has dropped from its cache waits for the
 * disk; so all the candidates, in every segment, are prefetched before the first is read
 * ({@link UnmappedFloatVectors}), and the reads from the disk overlap instead of following one another. Lucene
 * scores candidates this way itself ({@code PrefetchableFlatVectorScorer}), but only inside formats built with it.
 */
final class FloatReranking {

    /**
     * Lucene 10.6's quantized formats hand out their float32 vectors wrapped in a class of their own that does not
     * pass {@link KnnVectorValues#prefetch} on (it prefetches nothing), so the wrapped values are read from its field
     * instead; {@link #stored} falls back to the values as given wherever that field is not there.
     */
    private static final @Nullable VarHandle QUANTIZED_FORMATS_RAW = rawValuesField();

    private FloatReranking() {
    }

    private static final String QUANTIZED_FORMATS_VALUES =
            "org.apache.lucene.codecs.lucene104.Lucene104ScalarQuantizedVectorsReader$ScalarQuantizedVectorValues";

    private static @Nullable VarHandle rawValuesField() {
        try {
            Class<?> wrapper = Class.forName(QUANTIZED_FORMATS_VALUES);
            return MethodHandles.privateLookupIn(wrapper, MethodHandles.lookup())
                    .findVarHandle(wrapper, "rawVectorValues", FloatVectorValues.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The values that read the float32 vectors from their file, and can prefetch them. */
    static KnnVectorValues stored(FloatVectorValues values) {
        VarHandle raw = QUANTIZED_FORMATS_RAW;
        if (raw != null && raw.coordinateTypes().getFirst().isInstance(values)) {
            return (KnnVectorValues) raw.get(values);
        }
        return values;
    }

    /**
     * The best {@code k} of the first {@code depth} {@code candidates} (best first by their quantized scores), by the
     * exact dot product of their float32 vectors with the unit query vector {@code unit}.
     */
    static TopDocs rerank(IndexSearcher searcher, TopDocs candidates, float[] unit, int k, int depth)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] exact = Arrays.copyOf(candidates.scoreDocs, Math.min(depth, candidates.scoreDocs.length));
        Arrays.sort(exact, Comparator.comparingInt((ScoreDoc hit) -> hit.doc)); // each segment's vectors read forwards
        int[] ords = new int[exact.length];
        FloatVectorValues[] values = new FloatVectorValues[exact.length]; // the candidate's segment's
        // every segment's candidates asked for first, so that all their reads from the disk overlap
        for (int from = 0; from < exact.length; ) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(exact[from].doc, leaves));
            FloatVectorValues segment = leaf.reader().getFloatVectorValues(VectorIndex.VECTOR);
            KnnVectorValues.DocIndexIterator iterator = segment.iterator();
            int to = from;
            for (; to < exact.length && exact[to].doc < leaf.docBase + leaf.reader().maxDoc(); to++) {
                int local = exact[to].doc - leaf.docBase;
                if (iterator.advance(local) != local) {
                    throw new IllegalStateException("document " + exact[to].doc + " has no vector");
                }
                ords[to] = iterator.index();
                values[to] = segment;
            }
            int[] segmentOrds = Arrays.copyOfRange(ords, from, to);
            stored(segment).prefetch(segmentOrds, segmentOrds.length);
            from = to;
        }
        for (int i = 0; i < exact.length; i++) {
            float dot = VectorUtil.dotProduct(unit, values[i].vectorValue(ords[i]));
            exact[i] = new ScoreDoc(exact[i].doc, Math.max(0f, (1f + dot) / 2f));
        }
        Arrays.sort(exact, Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed()
                .thenComparingInt(hit -> hit.doc));
        return new TopDocs(candidates.totalHits, Arrays.copyOf(exact, Math.min(k, exact.length)));
    }
}
