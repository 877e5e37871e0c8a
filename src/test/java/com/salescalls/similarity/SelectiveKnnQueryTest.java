package com.salescalls.similarity;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectiveKnnQueryTest {

    static final int CALLS = 2000;
    static final int DIMENSIONS = 16;
    final Directory dir = new ByteBuffersDirectory();
    final float[][] vectors = new float[CALLS][];
    final AtomicInteger graphSearches = new AtomicInteger();
    final AtomicInteger exactScans = new AtomicInteger();

    @BeforeEach
    void index() throws IOException {
        Random random = new Random(3);
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int n = 0; n < CALLS; n++) {
                vectors[n] = unit(random);
                Document doc = new Document();
                doc.add(new StringField("n", Integer.toString(n), Field.Store.YES));
                doc.add(new StringField("in20", Integer.toString(n % 20), Field.Store.NO)); // 5% per value
                doc.add(new StringField("in2", Integer.toString(n % 2), Field.Store.NO)); // 50% per value
                doc.add(new KnnFloatVectorField("v", vectors[n], VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
    }

    @Test
    void aFilterKeepingFewCallsIsScannedExactlyWithoutTryingTheGraph() throws IOException {
        float[] target = unit(new Random(9));
        List<Integer> found = search(target, new TermQuery(new Term("in20", "7")));

        // Lucene alone would walk the graph first and then scan (graph 1, exact 1)
        assertThat(graphSearches).as("5% of the segment: no graph walk").hasValue(0);
        assertThat(exactScans).as("but the exact scan").hasValue(1);
        assertThat(found).containsExactlyElementsOf(exactTop(target, 5, n -> n % 20 == 7));
    }

    @Test
    void aFilterKeepingManyCallsSearchesTheGraph() throws IOException {
        float[] target = unit(new Random(10));
        List<Integer> found = search(target, new TermQuery(new Term("in2", "1")));

        assertThat(graphSearches).as("50% of the segment: the graph answers").hasValue(1);
        assertThat(exactScans).hasValue(0);
        assertThat(found).hasSize(5).allMatch(n -> n % 2 == 1);
    }

    @Test
    void anUnfilteredSearchSearchesTheGraph() throws IOException {
        List<Integer> found = search(unit(new Random(11)), null);

        assertThat(graphSearches).hasValue(1);
        assertThat(exactScans).hasValue(0);
        assertThat(found).hasSize(5);
    }

    static float[] unit(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return UnitVectors.normalized(v);
    }

    private List<Integer> search(float[] target, Query filter) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new SelectiveKnnQuery("v", target, 5, filter) {
                @Override
                protected KnnCollectorManager getKnnCollectorManager(int k, IndexSearcher searcher) {
                    KnnCollectorManager lucene = super.getKnnCollectorManager(k, searcher);
                    return (visitedLimit, strategy, context) -> {
                        graphSearches.incrementAndGet();
                        return lucene.newCollector(visitedLimit, strategy, context);
                    };
                }

                @Override
                protected TopDocs exactSearch(LeafReaderContext context, DocIdSetIterator accepted,
                        QueryTimeout timeout) throws IOException {
                    exactScans.incrementAndGet();
                    return super.exactSearch(context, accepted, timeout);
                }
            };
            TopDocs top = searcher.search(query, 5);
            List<Integer> found = new java.util.ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                found.add(Integer.parseInt(searcher.storedFields().document(hit.doc).get("n")));
            }
            return found;
        }
    }

    private List<Integer> exactTop(float[] target, int k, java.util.function.IntPredicate keep) {
        return IntStream.range(0, CALLS).filter(keep).boxed()
                .sorted(Comparator.comparingDouble((Integer n) -> -VectorIndexTest.dot(vectors[n], target)))
                .limit(k).toList();
    }
}
