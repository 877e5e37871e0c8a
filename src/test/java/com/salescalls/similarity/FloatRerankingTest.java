package com.salescalls.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FloatRerankingTest {

    private static final int CALLS = 120;
    /** Segments of 25 calls each, so that a query's candidates span several. */
    private static final int SEGMENT = 25;

    private static final List<float[]> vectors = VectorIndexTest.embeddingLike(new Random(11), CALLS);
    private static final ByteBuffersDirectory store = new ByteBuffersDirectory();
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws Exception {
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(store, config)) {
            for (int doc = 0; doc < CALLS; doc++) {
                Document document = new Document();
                document.add(new KnnFloatVectorField(VectorIndex.VECTOR, vectors.get(doc),
                        VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
                if ((doc + 1) % SEGMENT == 0) {
                    writer.flush();
                }
            }
            writer.addDocument(new Document()); // document CALLS, without a vector
        }
        reader = DirectoryReader.open(store);
        assertThat(reader.leaves()).hasSize((CALLS + SEGMENT - 1) / SEGMENT);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        store.close();
    }

    /** Candidates in a scrambled order with made-up scores, as a quantized walk might return them: best first. */
    private static TopDocs candidates(Random random, int count) {
        List<Integer> docs = new ArrayList<>(CALLS);
        for (int doc = 0; doc < CALLS; doc++) {
            docs.add(doc);
        }
        java.util.Collections.shuffle(docs, random);
        ScoreDoc[] hits = new ScoreDoc[count];
        for (int i = 0; i < count; i++) {
            hits[i] = new ScoreDoc(docs.get(i), 1f - i / (float) count);
        }
        return new TopDocs(new TotalHits(count, TotalHits.Relation.EQUAL_TO), hits);
    }

    /** The best {@code k} of {@code candidates}' first {@code depth} by brute force, best first. */
    private static int[] exactBest(float[] query, TopDocs candidates, int depth, int k) {
        return Arrays.stream(candidates.scoreDocs).limit(depth).mapToInt(hit -> hit.doc).boxed()
                .sorted(Comparator.comparingDouble((Integer doc) -> VectorIndexTest.dot(query, vectors.get(doc)))
                        .reversed())
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void ordersTheFirstCandidatesExactlyWhateverTheirNumberAndSegments() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        Random random = new Random(5);
        // one candidate, a few, the ten of an int8 query, more, and all of the index
        for (int count : new int[] {1, 3, 10, 17, 60, CALLS}) {
            float[] query = VectorIndexTest.randomUnit(random);
            TopDocs candidates = candidates(random, count);
            for (int depth : new int[] {1, Math.max(1, count / 2), count}) {
                int k = Math.min(5, depth);
                TopDocs top = FloatReranking.rerank(searcher, candidates, query, k, depth);
                assertThat(Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray())
                        .as("%d candidates, depth %d", count, depth)
                        .containsExactly(exactBest(query, candidates, depth, k));
                for (ScoreDoc hit : top.scoreDocs) {
                    assertThat((double) hit.score)
                            .isCloseTo((1 + VectorIndexTest.dot(query, vectors.get(hit.doc))) / 2, within(1e-5));
                }
                assertThat(top.totalHits).isEqualTo(candidates.totalHits);
            }
        }
    }

    @Test
    void aCandidateWithoutAVectorFailsTheQuery() {
        IndexSearcher searcher = new IndexSearcher(reader);
        ScoreDoc[] hits = new ScoreDoc[20];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = new ScoreDoc(i == 0 ? CALLS : i, 1f - i / 20f); // in the last segment
        }
        TopDocs candidates = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> FloatReranking.rerank(searcher, candidates, vectors.get(0), 5, hits.length))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no vector");
    }

    @Test
    void queriesAtTheSameTimeEachGetTheirOwnExactOrder() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        // queries on one reader at the same time, as a serving instance's are: none sees another's vectors
        ExecutorService queries = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int q = 0; q < 200; q++) {
                Random random = new Random(100 + q);
                float[] query = VectorIndexTest.randomUnit(random);
                TopDocs candidates = candidates(random, 40);
                int[] expected = exactBest(query, candidates, 40, 5);
                results.add(queries.submit(() -> Arrays.equals(expected, Arrays.stream(FloatReranking.rerank(
                        searcher, candidates, query, 5, 40).scoreDocs).mapToInt(h -> h.doc).toArray())));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            queries.shutdown();
        }
    }
}
