package com.salescalls.similarity;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The vector query's latency alone on an index an application built (e.g. {@code bench/similarity.sh search}'s
 * kept {@code app-index-N}), one query at a time, for each search-thread count and fan-out: separates the
 * index's own cost from the rest of a request. {@code bench/java.sh com.salescalls.similarity.VectorLatencyProbe
 * index=DIR vectors=float32|int8|binary threads=1,2 fanouts=100,200 queries=500 recall=true k=5 agent=AGENT_0007
 * cold=true} (recall: against the exact five nearest by brute force over the index's own float32 vectors; cold: the
 * float32 vector files are dropped from the page cache before each timed round, as the kernel may have dropped them
 * under a serving instance, so that the re-ranking of a quantized index reads them from the disk).
 */
public final class VectorLatencyProbe {

    private VectorLatencyProbe() {
    }

    /** The exact five nearest calls of each query, by brute force over the index's own float32 vectors. */
    static List<java.util.Set<String>> exactTop(Path dir, float[][] queries) throws java.io.IOException {
        try (org.apache.lucene.store.FSDirectory store = org.apache.lucene.store.FSDirectory.open(dir);
                org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(store)) {
            float[][] unit = new float[queries.length][];
            for (int q = 0; q < queries.length; q++) {
                unit[q] = UnitVectors.normalized(queries[q]);
            }
            @SuppressWarnings("unchecked")
            java.util.PriorityQueue<Map.Entry<Float, Integer>>[] best = new java.util.PriorityQueue[queries.length];
            long started = System.nanoTime();
            // each thread scans every vector once for its share of the queries
            java.util.stream.IntStream.range(0, queries.length).parallel().forEach(q -> {
                java.util.PriorityQueue<Map.Entry<Float, Integer>> heap =
                        new java.util.PriorityQueue<>(Map.Entry.comparingByKey());
                try {
                    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                        org.apache.lucene.index.FloatVectorValues values =
                                leaf.reader().getFloatVectorValues(VectorIndex.VECTOR);
                        org.apache.lucene.index.KnnVectorValues.DocIndexIterator docs = values.iterator();
                        for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                                doc = docs.nextDoc()) {
                            float score = org.apache.lucene.util.VectorUtil.dotProduct(unit[q],
                                    values.vectorValue(docs.index()));
                            if (heap.size() < 5) {
                                heap.add(Map.entry(score, leaf.docBase + doc));
                            } else if (score > heap.peek().getKey()) {
                                heap.poll();
                                heap.add(Map.entry(score, leaf.docBase + doc));
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                best[q] = heap;
            });
            org.apache.lucene.index.StoredFields stored = reader.storedFields();
            List<java.util.Set<String>> exact = new java.util.ArrayList<>();
            for (var heap : best) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                for (var entry : heap) {
                    ids.add(stored.document(entry.getValue()).get(VectorIndex.CALL_ID));
                }
                exact.add(ids);
            }
            System.out.printf("exact top 5 of %d queries by brute force in %.1f s%n", queries.length,
                    (System.nanoTime() - started) / 1e9);
            return exact;
        }
    }

    /** Drops the index's float32 vector files from the page cache ({@code dd}'s whole-file {@code nocache}). */
    static void dropFromPageCache(Path dir) throws java.io.IOException, InterruptedException {
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".vec")).toList()) {
                Process dd = new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none")
                        .inheritIO().start();
                if (dd.waitFor() != 0) {
                    throw new IllegalStateException("dd could not drop " + file + " from the page cache");
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = VectorIndexBenchmark.options(args);
        Path dir = Path.of(options.get("index"));
        VectorEncoding encoding = VectorIndexBenchmark.encoding(options);
        int queries = Integer.parseInt(options.getOrDefault("queries", "500"));
        int k = Integer.parseInt(options.getOrDefault("k", "5"));
        // agent=AGENT_0007: scoped to one agent's calls, as for an agent user (no recall figure then)
        org.apache.lucene.search.Query scope = VectorFilters.of(null, options.get("agent"));
        List<float[]> real = BenchmarkVectors.real(2000, Path.of(options.getOrDefault("dir", "target/bench"))
                .resolve("real-2000.bin"));
        float[][] vectors = new float[queries][];
        for (int q = 0; q < queries; q++) {
            vectors[q] = BenchmarkVectors.derived(real, 2, q * 7919L);
        }
        List<java.util.Set<String>> exact = "true".equals(options.get("recall")) && scope == null && k == 5
                ? exactTop(dir, vectors) : null;
        for (int threads : VectorIndexBenchmark.ints(options.getOrDefault("threads", "1,2"))) {
            try (VectorIndex index = new VectorIndex(dir, new VectorIndex.Settings(16, 100, threads, 64, encoding))) {
                System.out.printf("%s: %,d calls in %d segments, %d search threads, %s vectors, k %d, %s%n", dir,
                        index.size(), index.segments(), threads, VectorIndexBenchmark.name(encoding), k,
                        scope == null ? "all calls" : "scope " + scope);
                for (int fanOut : VectorIndexBenchmark.ints(options.getOrDefault("fanouts", "100,200"))) {
                    for (int round = 0; round < 3; round++) { // warm-up, the JIT compilers included
                        for (float[] q : vectors) {
                            index.nearest(q, k, fanOut, scope);
                        }
                    }
                    if ("true".equals(options.get("cold"))) {
                        dropFromPageCache(dir);
                    }
                    long[] nanos = new long[queries];
                    int found = 0;
                    for (int i = 0; i < queries; i++) {
                        long start = System.nanoTime();
                        List<Neighbour> nearest = index.nearest(vectors[i], k, fanOut, scope);
                        nanos[i] = System.nanoTime() - start;
                        if (exact != null) {
                            java.util.Set<String> expected = exact.get(i);
                            found += (int) nearest.stream().filter(n -> expected.contains(n.callId())).count();
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf("  fan-out %d: p50 %.2f ms, p99 %.2f ms%s%n", fanOut,
                            nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6,
                            exact == null ? "" : String.format(", recall@5 %.3f", found / (5.0 * queries)));
                }
            }
        }
    }
}
