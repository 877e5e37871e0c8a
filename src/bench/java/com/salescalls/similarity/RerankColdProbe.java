package com.salescalls.similarity;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The int8 query's re-ranking alone when none of its candidates' float32 vectors is in the page cache, with and
 * without their prefetching: the same ten random candidates of each query are re-ranked once through
 * {@link UnmappedFloatVectors} (prefetched, as the product reads them) and once through a plain
 * {@link NIOFSDirectory} (read one after another), the float32 vector files dropped from the page cache before each,
 * in alternating order. {@code bench/java.sh com.salescalls.similarity.RerankColdProbe index=DIR queries=300}
 */
public final class RerankColdProbe {

    private RerankColdProbe() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = VectorIndexBenchmark.options(args);
        Path dir = Path.of(options.get("index"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "300"));
        int depth = 10; // an int8 query's re-ranking depth for k = 5
        try (Directory prefetched = new UnmappedFloatVectors(FSDirectory.open(dir), dir);
                Directory plain = new FileSwitchDirectory(Set.of(UnmappedFloatVectors.EXTENSION),
                        new NIOFSDirectory(dir), FSDirectory.open(dir), true);
                DirectoryReader withPrefetch = DirectoryReader.open(prefetched);
                DirectoryReader without = DirectoryReader.open(plain)) {
            IndexSearcher[] searchers = {new IndexSearcher(withPrefetch), new IndexSearcher(without)};
            int docs = withPrefetch.maxDoc();
            Random random = new Random(17);
            long[][] nanos = new long[2][queries];
            for (int q = -20; q < queries; q++) { // 20 warm-up queries, the JIT compilers included
                float[] query = VectorIndexTest.randomUnit(random);
                ScoreDoc[] hits = new ScoreDoc[depth];
                for (int i = 0; i < depth; i++) {
                    hits[i] = new ScoreDoc(random.nextInt(docs), 1f - i / (float) depth);
                }
                TopDocs candidates = new TopDocs(new TotalHits(depth, TotalHits.Relation.EQUAL_TO), hits);
                for (int turn = 0; turn < 2; turn++) {
                    int side = (q + turn) & 1; // alternate which goes first
                    VectorLatencyProbe.dropFromPageCache(dir);
                    long start = System.nanoTime();
                    FloatReranking.rerank(searchers[side], candidates, query, 5, depth);
                    if (q >= 0) {
                        nanos[side][q] = System.nanoTime() - start;
                    }
                }
            }
            String[] names = {"prefetched (UnmappedFloatVectors)", "read one after another (NIOFSDirectory)"};
            System.out.printf("%s: %,d calls in %d segments, %d queries of %d candidates, float32 vectors dropped "
                    + "from the page cache before each%n", dir, docs, withPrefetch.leaves().size(), queries, depth);
            for (int side = 0; side < 2; side++) {
                Arrays.sort(nanos[side]);
                System.out.printf("  %-42s p50 %.3f ms, p99 %.3f ms%n", names[side], nanos[side][queries / 2] / 1e6,
                        nanos[side][(int) (queries * 0.99)] / 1e6);
            }
        }
    }
}
