package com.salescalls.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.search.Query;

import com.salescalls.calls.AnalyzedCall;

/**
 * The vector query alone, at any size: builds a {@link VectorIndex} of derived embeddings (see
 * {@link BenchmarkVectors}) with the application's code, then measures recall@5 against exact search (brute
 * force over the same vectors, which is also the latency baseline), latency p50/p99 and queries per second for
 * each fan-out, build time, index size and heap. Run by {@code bench/similarity.sh index}; arguments
 * {@code sizes=100000,1000000 m=16 beam=100 fanouts=5,20,50,100,200 queries=200 threads=2 indexthreads=1
 * vectors=float32 rambuffer=512 reuse=false} (indexthreads: the index's build threads; vectors: float32, int8 or
 * binary; rambuffer: MB of documents buffered before a segment is written; reuse: measure the index kept by an
 * earlier run of the same settings and size).
 */
public final class VectorIndexBenchmark {

    static final int K = 5;
    static final int AGENTS = 20;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int[] sizes = ints(options.getOrDefault("sizes", "100000"));
        int m = Integer.parseInt(options.getOrDefault("m", "16"));
        int beam = Integer.parseInt(options.getOrDefault("beam", "100"));
        int[] fanOuts = ints(options.getOrDefault("fanouts", "5,20,50,100,200"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        Path work = Path.of(options.getOrDefault("dir", "target/bench"));
        int indexThreads = Integer.parseInt(options.getOrDefault("indexthreads", "1"));
        VectorEncoding encoding = encoding(options);
        int ramBufferMb = Integer.parseInt(options.getOrDefault("rambuffer", "512"));
        boolean reuse = "true".equals(options.get("reuse"));
        List<float[]> real = BenchmarkVectors.real(2000, work.resolve("real-2000.bin"));
        System.out.printf("%d cores, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.version"));
        for (int size : sizes) {
            VectorIndex.Settings settings = new VectorIndex.Settings(m, beam, indexThreads, ramBufferMb, encoding);
            run(size, settings, fanOuts, queries, threads, real, reuse, work.resolve("index-" + size + "-m" + m + "-b"
                    + beam + (encoding == VectorEncoding.FLOAT32 ? "" : "-" + name(encoding)) + "-rb" + ramBufferMb));
        }
    }

    static void run(int size, VectorIndex.Settings settings, int[] fanOuts, int queryCount, int threads,
            List<float[]> real, boolean reuse, Path dir) throws IOException {
        System.out.printf("%n== %,d vectors, M=%d, beamWidth=%d, %d build threads, %s vectors ==%n", size,
                settings.hnswM(), settings.hnswBeamWidth(), settings.threads(), name(settings.vectors()));
        float[][] vectors = new float[size][];
        if (reuse && builtBefore(dir, settings, size)) {
            for (int i = 0; i < size; i++) {
                vectors[i] = BenchmarkVectors.derived(real, 1, i);
            }
            System.out.printf("reusing the index in %s: %s%n", dir, diskUsage(dir));
        } else {
            build(size, settings, real, dir, vectors);
        }

        long heapBefore = usedHeapAfterGc();
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            index.refresh();
            long heapIndex = usedHeapAfterGc() - heapBefore;
            System.out.printf("open index: %d segments, %.1f MB heap (graph and vectors are off the heap)%n",
                    segments(dir), heapIndex / 1e6);
            float[][] queries = new float[queryCount][];
            for (int q = 0; q < queryCount; q++) {
                queries[q] = BenchmarkVectors.derived(real, 2, q * 7919L);
            }
            long exactStart = System.nanoTime();
            List<Set<String>> exact = Arrays.stream(queries).parallel().map(q -> exactTop(vectors, q, null))
                    .toList();
            double exactMs = (System.nanoTime() - exactStart) / 1e6 / queryCount * threads;
            System.out.printf("exact search (baseline): %.2f ms per query%n", exactMs);
            System.out.println("fan-out  recall@5   p50 ms   p99 ms   QPS(" + threads + " threads)   vs exact");
            for (int fanOut : fanOuts) {
                measure(index, queries, exact, fanOut, null, threads, exactMs);
            }
            // an agent user's scope: one agent of 20, i.e. 5% of the calls, filtered inside the graph search
            String agent = agent(3);
            List<Set<String>> exactScoped = Arrays.stream(queries).parallel().map(q -> exactTop(vectors, q, agent))
                    .toList();
            System.out.println("scoped to one agent (5% of calls):");
            for (int fanOut : new int[] {fanOuts[fanOuts.length / 2], fanOuts[fanOuts.length - 1]}) {
                measure(index, queries, exactScoped, fanOut, VectorFilters.of(null, agent), threads, exactMs);
            }
        }
    }

    /** The {@code vectors=} option: float32 (the default), int8 or binary. */
    static VectorEncoding encoding(Map<String, String> options) {
        return VectorEncoding.valueOf(options.getOrDefault("vectors", "float32").toUpperCase(java.util.Locale.ROOT));
    }

    static String name(VectorEncoding encoding) {
        return encoding.name().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean builtBefore(Path dir, VectorIndex.Settings settings, int size) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            return index.watermark() == size;
        }
    }

    static void build(int size, VectorIndex.Settings settings, List<float[]> real, Path dir, float[][] vectors)
            throws IOException {
        deleteRecursively(dir);
        long buildStart = System.nanoTime();
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            List<AnalyzedCall> batch = new ArrayList<>(10_000);
            for (int i = 0; i < size; i++) {
                vectors[i] = BenchmarkVectors.derived(real, 1, i);
                batch.add(new AnalyzedCall(i + 1, "CALL_" + i, agent(i), "CUST_" + (i % 2000), "en",
                        Instant.ofEpochSecond(1_700_000_000L + i), 0.0, vectors[i], ""));
                if (batch.size() == 10_000 || i == size - 1) {
                    index.apply(batch);
                    batch.clear();
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf("  %,d vectors applied after %.0f s%n", i + 1,
                                (System.nanoTime() - buildStart) / 1e9);
                    }
                }
            }
            index.commit(size);
        }
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        System.out.printf("build: %.1f s (%.0f vectors/s), index on disk %s%n", buildSeconds, size / buildSeconds,
                diskUsage(dir));
    }

    static void measure(VectorIndex index, float[][] queries, List<Set<String>> exact, int fanOut,
            Query filter, int threads, double exactMs) {
        for (float[] q : queries) { // warm-up
            index.nearest(q, K, fanOut, filter);
        }
        long[] nanos = new long[queries.length];
        int found = 0;
        for (int i = 0; i < queries.length; i++) {
            long start = System.nanoTime();
            List<Neighbour> result = index.nearest(queries[i], K, fanOut, filter);
            nanos[i] = System.nanoTime() - start;
            Set<String> expected = exact.get(i);
            found += (int) result.stream().filter(n -> expected.contains(n.callId())).count();
        }
        Arrays.sort(nanos);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + 3_000_000_000L;
        long qpsStart = System.nanoTime();
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int i = t; System.nanoTime() < end; i += threads) {
                index.nearest(queries[i % queries.length], K, fanOut, filter);
                done.incrementAndGet();
            }
        });
        double qps = done.get() / ((System.nanoTime() - qpsStart) / 1e9);
        double p50 = nanos[nanos.length / 2] / 1e6;
        double p99 = nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6;
        System.out.printf("%7d  %8.3f  %7.2f  %7.2f  %10.0f        %6.0fx faster (p50)%n", fanOut,
                found / (double) (queries.length * K), p50, p99, qps, exactMs / p50);
    }

    static Set<String> exactTop(float[][] vectors, float[] query, String onlyAgent) {
        int[] best = new int[K];
        double[] scores = new double[K];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            if (onlyAgent != null && !agent(i).equals(onlyAgent)) {
                continue;
            }
            double s = dot(vectors[i], query);
            if (s > scores[K - 1]) {
                int at = K - 1;
                while (at > 0 && scores[at - 1] < s) {
                    scores[at] = scores[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                scores[at] = s;
                best[at] = i;
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i : best) {
            ids.add("CALL_" + i);
        }
        return ids;
    }

    static double dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static String agent(int i) {
        return String.format("AGENT_%04d", i % AGENTS);
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // segments searched per query (each has its own graph)
    static int segments(Path dir) throws IOException {
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir))) {
            return reader.leaves().size();
        }
    }

    static String diskUsage(Path dir) throws IOException {
        Map<String, Long> byExtension = new HashMap<>();
        long total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                long bytes;
                try {
                    bytes = Files.size(file);
                } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                    continue; // a file of a segment merged away, deleted by the index while this lists the folder
                }
                byExtension.merge(extension, bytes, Long::sum);
                total += bytes;
            }
        }
        // .vec raw vectors, .veq quantized ones (int8 or binary), .vex HNSW graph, .doc/.pos/.tim/.tip the words'
        // postings; an index of an earlier version may hold compound .cfs files, or binary vectors in .veb, instead
        long postings = byExtension.getOrDefault("doc", 0L) + byExtension.getOrDefault("pos", 0L)
                + byExtension.getOrDefault("tim", 0L) + byExtension.getOrDefault("tip", 0L);
        return String.format("%.0f MB (vectors .vec %.0f MB, quantized .veq %.0f MB, "
                + "graph .vex %.0f MB, words %.0f MB, compound .cfs %.0f MB)", total / 1e6,
                byExtension.getOrDefault("vec", 0L) / 1e6,
                (byExtension.getOrDefault("veq", 0L) + byExtension.getOrDefault("veb", 0L)) / 1e6,
                byExtension.getOrDefault("vex", 0L) / 1e6, postings / 1e6,
                byExtension.getOrDefault("cfs", 0L) / 1e6);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq).replaceFirst("^--", ""), arg.substring(eq + 1));
        }
        return options;
    }

    static int[] ints(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
