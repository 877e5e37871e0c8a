package com.salescalls.similarity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.CallFilter;
import com.salescalls.calls.CallSort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VectorIndexTest {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path dir;

    static float[] randomUnit(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return UnitVectors.normalized(v);
    }

    /**
     * Unit vectors with the structure sentence embeddings have: points of a 16-dimensional space spread into 384
     * dimensions by one fixed random map, plus a little noise. Uniformly random directions have none (in 384
     * dimensions any two are nearly orthogonal), and a one-bit quantization of them keeps too little to rank by.
     */
    static List<float[]> embeddingLike(Random random, int count) {
        float[][] map = new float[16][];
        for (int i = 0; i < map.length; i++) {
            map[i] = randomUnit(random);
        }
        List<float[]> vectors = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            float[] v = new float[384];
            for (float[] direction : map) {
                double weight = random.nextGaussian();
                for (int d = 0; d < v.length; d++) {
                    v[d] += (float) (weight * direction[d]);
                }
            }
            for (int d = 0; d < v.length; d++) {
                v[d] += (float) (0.02 * random.nextGaussian());
            }
            vectors.add(UnitVectors.normalized(v));
        }
        return vectors;
    }

    static AnalyzedCall call(long seq, int n, float[] vector) {
        return new AnalyzedCall(seq, "CALL_" + n, "AGENT_" + (n % 4), "CUST_" + (n % 10), n % 2 == 0 ? "en" : "de",
                START.plusSeconds(3600L * n), (n % 21 - 10) / 10.0, vector, "Agent: call number " + n + ".");
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Quantized vectors too: their candidates are put back in the exact order by the float32 vectors kept beside. */
    @ParameterizedTest(name = "{0} vectors")
    @EnumSource(VectorEncoding.class)
    void findsTheExactNearestNeighboursWithCosineScores(VectorEncoding encoding) {
        Random random = new Random(1);
        List<float[]> all = embeddingLike(random, 1050);
        List<float[]> vectors = all.subList(0, 1000);
        try (VectorIndex index = new VectorIndex(dir, new VectorIndex.Settings(16, 100, 1, 64, encoding))) {
            List<AnalyzedCall> calls = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                calls.add(call(i + 1, i, vectors.get(i)));
            }
            index.apply(calls);
            index.refresh();
            int found = 0;
            for (int q = 0; q < 50; q++) {
                float[] query = all.get(vectors.size() + q);
                List<Integer> exact = IntStream.range(0, vectors.size()).boxed()
                        .sorted(Comparator.comparingDouble((Integer i) -> -dot(query, vectors.get(i)))).limit(5)
                        .toList();
                List<Neighbour> nearest = index.nearest(query, 5, 100, null);
                assertThat(nearest.getFirst().similarity())
                        .isCloseTo(dot(query, vectors.get(Integer.parseInt(nearest.getFirst().callId().substring(5)))),
                                within(1e-4));
                Set<String> approx = new HashSet<>(nearest.stream().map(Neighbour::callId).toList());
                found += (int) exact.stream().filter(i -> approx.contains("CALL_" + i)).count();
            }
            assertThat(found / 250.0).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void appliesFiltersInsideTheSearchSoEveryResultQualifies() {
        Random random = new Random(2);
        try (VectorIndex index = new VectorIndex(dir, 16, 100)) {
            List<AnalyzedCall> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                calls.add(call(i + 1, i, randomUnit(random)));
            }
            index.apply(calls);
            index.refresh();
            float[] query = randomUnit(random);
            // one agent and one customer: the 20 calls n = 4 (mod 20) of 400, all found though most nearest are others
            CallFilter filter = new CallFilter(null, "CUST_4", null, null, null, null, null, null, CallSort.NEWEST,
                    10, 0);
            List<Neighbour> scoped = index.nearest(query, 30, 100, VectorFilters.of(filter, "AGENT_0"));
            assertThat(scoped).hasSize(20).allSatisfy(n -> assertThat(n.agentId()).isEqualTo("AGENT_0"));

            CallFilter window = new CallFilter(null, null, "en", START.plusSeconds(3600L * 100),
                    START.plusSeconds(3600L * 110), 0.0, 0.5, null, CallSort.NEWEST, 10, 0);
            List<Neighbour> ranged = index.nearest(query, 50, 100, VectorFilters.of(window, null));
            // even n in [100, 110) with sentiment (n % 21 - 10) / 10 in [0, 0.5]
            List<String> expected = IntStream.range(100, 110)
                    .filter(n -> n % 2 == 0 && (n % 21 - 10) / 10.0 >= 0 && (n % 21 - 10) / 10.0 <= 0.5)
                    .mapToObj(n -> "CALL_" + n).toList();
            assertThat(ranged).extracting(Neighbour::callId).containsExactlyInAnyOrderElementsOf(expected);
            // nothing restricted: no filter at all, and the plain graph search finds the nearest call
            assertThat(VectorFilters.of(new CallFilter(null, null, null, null, null, null, null, null, CallSort.NEWEST,
                    10, 0), null)).isNull();
            assertThat(index.nearest(calls.get(7).embedding(), 1, 100, VectorFilters.of(null, null)))
                    .extracting(Neighbour::callId).containsExactly(calls.get(7).callId());
        }
    }

    @Test
    void replacesARenalysedCallAndDropsOneWithoutEmbedding() {
        Random random = new Random(3);
        float[] first = randomUnit(random);
        float[] second = randomUnit(random);
        try (VectorIndex index = new VectorIndex(dir, 16, 100)) {
            index.apply(List.of(call(1, 1, first), call(2, 2, randomUnit(random))));
            index.apply(List.of(call(3, 1, second)));
            index.refresh();
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.nearest(second, 1, 10, null).getFirst().callId()).isEqualTo("CALL_1");
            assertThat(index.nearest(second, 1, 10, null).getFirst().similarity()).isCloseTo(1.0, within(1e-5));

            index.apply(List.of(new AnalyzedCall(4, "CALL_2", "AGENT_2", "CUST_2", "en", START, null, null, "")));
            index.refresh();
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void reopensWithTheCommittedWatermarkAndDocuments() {
        Random random = new Random(4);
        try (VectorIndex index = new VectorIndex(dir, 16, 100)) {
            assertThat(index.watermark()).isZero();
            index.apply(List.of(call(7, 1, randomUnit(random))));
            index.commit(7);
            index.apply(List.of(call(8, 2, randomUnit(random)))); // never committed: replayed after a restart
        }
        try (VectorIndex reopened = new VectorIndex(dir, 16, 100)) {
            assertThat(reopened.watermark()).isEqualTo(7);
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void anIndexOfAnEarlierLayoutStartsAfreshWithItsWatermarkGone() throws Exception {
        try (FSDirectory store = FSDirectory.open(dir);
                IndexWriter earlier = new IndexWriter(store, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(VectorIndex.CALL_ID, "CALL_EARLIER", Field.Store.YES));
            earlier.addDocument(doc);
            earlier.setLiveCommitData(Map.of("analyzed_seq_watermark", "500", "layout", "2").entrySet());
            earlier.commit();
        }
        try (VectorIndex index = new VectorIndex(dir, 16, 100)) {
            assertThat(index.size()).isZero();
            assertThat(index.watermark()).as("so that the tailer reads every call again").isZero();
            index.apply(List.of(call(1, 1, randomUnit(new Random(2)))));
            index.commit(1);
        }
        try (VectorIndex reopened = new VectorIndex(dir, 16, 100)) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(reopened.watermark()).isEqualTo(1);
        }
    }

    @Test
    void anIndexBuiltWithOtherVectorsStartsAfreshAndOneOfLayoutThreeWasFloat32() {
        Random random = new Random(7);
        try (VectorIndex float32 = new VectorIndex(dir, 16, 100)) {
            float32.apply(List.of(call(1, 1, randomUnit(random))));
            float32.commit(1);
        }
        VectorIndex.Settings binary = new VectorIndex.Settings(16, 100, 1, 64, VectorEncoding.BINARY);
        try (VectorIndex index = new VectorIndex(dir, binary)) {
            assertThat(index.size()).isZero();
            assertThat(index.watermark()).as("so that the tailer reads every call again").isZero();
            index.apply(List.of(call(2, 2, randomUnit(random))));
            index.commit(2);
        }
        try (VectorIndex reopened = new VectorIndex(dir, binary)) {
            assertThat(reopened.size()).as("the same vectors: kept").isEqualTo(1);
            assertThat(reopened.watermark()).isEqualTo(2);
        }
    }

    @Test
    void aMergedDownIndexHasFewerSegmentsOnceTheMergeIsCommitted() throws InterruptedException {
        Random random = new Random(5);
        try (VectorIndex index = new VectorIndex(dir, 16, 100)) {
            for (int segment = 0; segment < 3; segment++) {
                int first = segment * 10;
                index.apply(IntStream.range(first, first + 10).mapToObj(n -> call(n + 1, n, randomUnit(random)))
                        .toList());
                index.commit(first + 10); // each commit writes the buffered calls as a segment of their own
            }
            index.refresh();
            assertThat(index.segments()).isEqualTo(3);
            long generation = index.commitGeneration();

            index.mergeDown(1);
            for (int i = 0; i < 500 && index.merging(); i++) {
                Thread.sleep(10);
            }
            assertThat(index.merging()).isFalse();
            assertThat(index.hasUncommittedChanges()).as("the merge waits for a commit").isTrue();
            index.commit(30);
            assertThat(index.commitGeneration()).isGreaterThan(generation);
            assertThat(index.hasUncommittedChanges()).isFalse();
        }
        try (VectorIndex reopened = new VectorIndex(dir, 16, 100)) {
            assertThat(reopened.segments()).isEqualTo(1);
            assertThat(reopened.size()).isEqualTo(30);
            assertThat(reopened.watermark()).isEqualTo(30);
        }
    }

    /** Closing drops a running merge (only commits are durable): the next start asks for it again. */
    @Test
    void aMergeDownThatAStopCutShortIsAskedForAgainAtTheNextStart() throws InterruptedException {
        Random random = new Random(6);
        VectorIndex.Settings settings = new VectorIndex.Settings(16, 100, 1, 64, VectorEncoding.INT8);
        int calls = 0;
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            for (int segment = 0; segment < 6; segment++, calls += 2000) {
                int first = calls;
                index.apply(IntStream.range(first, first + 2000).mapToObj(n -> call(n + 1, n, randomUnit(random)))
                        .toList());
                index.commit(first + 2000);
            }
            index.mergeDown(1);
            assertThat(index.merging()).as("a merge of 12,000 calls still running").isTrue();
            index.commit(calls); // e.g. the commit at shutdown, then the writer closes mid-merge
        }
        try (VectorIndex restarted = new VectorIndex(dir, settings)) {
            assertThat(restarted.segments()).isEqualTo(6);
            assertThat(restarted.merging()).as("asked for again").isTrue();
            for (int i = 0; i < 3000 && restarted.merging(); i++) {
                Thread.sleep(10);
            }
            assertThat(restarted.merging()).isFalse();
            restarted.commit(calls);
        }
        try (VectorIndex merged = new VectorIndex(dir, settings)) {
            assertThat(merged.segments()).isEqualTo(1);
            assertThat(merged.size()).isEqualTo(calls);
            assertThat(merged.merging()).as("nothing owed once a commit holds the merge").isFalse();
        }
    }

    /**
     * A quantized index maps what its queries walk, and reads the float32 vectors (only its candidates', to re-rank
     * them) without mapping their pages into the process, so that they never count in the instance's resident memory
     * (the view of them it prefetches through is mapped but never read); a float32 index maps them, since its graph
     * is walked with them. Read from the process's own memory map (Linux).
     */
    @ParameterizedTest(name = "{0} vectors")
    @EnumSource(VectorEncoding.class)
    void mapsTheFloatVectorsOnlyWhereTheGraphIsWalkedWithThem(VectorEncoding encoding) throws Exception {
        Random random = new Random(6);
        try (VectorIndex index = new VectorIndex(dir, new VectorIndex.Settings(16, 100, 1, 64, encoding))) {
            List<float[]> vectors = embeddingLike(random, 300);
            index.apply(IntStream.range(0, 300).mapToObj(n -> call(n + 1, n, vectors.get(n))).toList());
            index.commit(300);
            index.refresh();
            assertThat(index.nearest(embeddingLike(random, 1).getFirst(), 5, 50, null)).hasSize(5);

            List<String> files;
            try (var listing = Files.list(dir)) {
                files = listing.map(f -> f.getFileName().toString()).toList();
            }
            assertThat(files).as("no compound files: each kind of data is a file of its own")
                    .noneMatch(f -> f.endsWith(".cfs")).anyMatch(f -> f.endsWith(".vec"));
            List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .filter(line -> line.contains(dir.toString())).toList();
            assertThat(mapped).as("the graph is mapped").anyMatch(line -> line.endsWith(".vex"));
            Path floats;
            try (var listing = Files.list(dir)) {
                floats = listing.filter(f -> f.toString().endsWith(".vec")).findFirst().orElseThrow();
            }
            if (encoding == VectorEncoding.FLOAT32) {
                assertThat(UnmappedFloatVectorsTest.residentKb(floats)).isPositive();
            } else {
                assertThat(mapped).as("the quantized vectors are mapped")
                        .anyMatch(line -> line.endsWith(".veq"));
                assertThat(UnmappedFloatVectorsTest.residentKb(floats)).as("the float32 ones are read").isZero();
            }
        }
    }
}
