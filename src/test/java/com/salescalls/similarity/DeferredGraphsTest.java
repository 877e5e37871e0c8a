package com.salescalls.similarity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.CallFeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A rebuild writes its segments without HNSW graphs, searched exactly, and the merge after it builds them. */
class DeferredGraphsTest {

    @TempDir
    Path dir;

    /**
     * Two segments of 1,500 calls, each well past the size from which Lucene builds a graph on its own (731): none
     * while deferred, searched exactly meanwhile; each gets one from the graph merge, though two segments are already
     * fewer than the four it merges down to.
     */
    @ParameterizedTest(name = "{0} vectors")
    @EnumSource(VectorEncoding.class)
    void segmentsWrittenWhileDeferredAreSearchedExactlyAndGetTheirGraphsFromTheMerge(VectorEncoding encoding)
            throws Exception {
        Random random = new Random(8);
        List<float[]> all = VectorIndexTest.embeddingLike(random, 3050);
        List<float[]> vectors = all.subList(0, 3000);
        try (VectorIndex index = new VectorIndex(dir, new VectorIndex.Settings(16, 100, 1, 64, encoding))) {
            index.deferGraphs();
            for (int first = 0; first < 3000; first += 1500) {
                index.apply(calls(first, 1500, vectors));
                index.commit(first + 1500);
            }
            index.refresh();
            assertThat(graphSizes()).containsExactly(0, 0);

            int found = 0;
            for (int q = 0; q < 40; q++) {
                float[] query = all.get(3000 + q);
                List<String> exact = IntStream.range(0, 3000).boxed()
                        .sorted(Comparator.comparingDouble((Integer i) -> -VectorIndexTest.dot(query, vectors.get(i))))
                        .limit(5).map(i -> "CALL_" + i).toList();
                List<String> nearest = index.nearest(query, 5, 50, null).stream().map(Neighbour::callId).toList();
                found += (int) exact.stream().filter(nearest::contains).count();
            }
            // float32 scans score exactly; the quantized ones order by quantized scores, then re-rank the best
            assertThat(found / 200.0).isGreaterThanOrEqualTo(encoding == VectorEncoding.FLOAT32 ? 1.0 : 0.95);

            index.buildGraphs(4);
            assertThat(index.graphsDeferred()).isFalse();
            awaitMerged(index);
            index.commit(3000);
            index.refresh();
            assertThat(index.graphsPending()).isFalse();
            assertThat(graphSizes()).as("each rewritten with a graph of its own").containsExactly(1500, 1500);
            assertThat(index.size()).isEqualTo(3000);
        }
    }

    /**
     * While graphs are deferred, segments are not merged on their own (the graph merge rewrites them all anyway);
     * the same dozen small segments are merged as usual once graphs are not deferred.
     */
    @Test
    void segmentsWaitForTheGraphMergeInsteadOfBeingMergedMeanwhile() throws Exception {
        Random random = new Random(11);
        List<float[]> vectors = IntStream.range(0, 240).mapToObj(n -> VectorIndexTest.randomUnit(random)).toList();
        VectorIndex.Settings settings = new VectorIndex.Settings(16, 100, 1, 64, VectorEncoding.INT8);
        try (VectorIndex deferred = new VectorIndex(dir, settings)) {
            deferred.deferGraphs();
            for (int first = 0; first < 240; first += 20) {
                deferred.apply(calls(first, 20, vectors));
                deferred.commit(first + 20);
            }
            deferred.refresh();
            assertThat(deferred.merging()).isFalse();
            assertThat(deferred.segments()).as("one per commit, none merged").isEqualTo(12);
        }
        try (VectorIndex usual = new VectorIndex(dir.resolve("usual"), settings)) {
            for (int first = 0; first < 240; first += 20) {
                usual.apply(calls(first, 20, vectors));
                usual.commit(first + 20);
            }
            awaitMerged(usual);
            usual.refresh();
            assertThat(usual.segments()).as("Lucene's tiers merge a dozen small segments").isLessThan(12);
        }
    }

    /** Graphs owed at a stop, even with their merge already running, are owed at the next start too. */
    @Test
    void graphsStillOwedAtAStopAreBuiltOnceTheNextStartHasCaughtUp() throws Exception {
        Random random = new Random(9);
        VectorIndex.Settings settings = new VectorIndex.Settings(16, 100, 1, 64, VectorEncoding.INT8);
        List<float[]> vectors = IntStream.range(0, 12_000).mapToObj(n -> VectorIndexTest.randomUnit(random)).toList();
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            index.deferGraphs();
            index.apply(calls(0, 6000, vectors));
            index.commit(6000);
        }
        try (VectorIndex restarted = new VectorIndex(dir, settings)) {
            assertThat(restarted.graphsDeferred()).as("still deferred after a stop mid-rebuild").isTrue();
            for (int first = 6000; first < 12_000; first += 2000) {
                restarted.apply(calls(first, 2000, vectors));
                restarted.commit(first + 2000);
            }
            assertThat(graphSizes()).containsOnly(0);
            restarted.buildGraphs(1);
            assertThat(restarted.merging()).as("a merge of 12,000 calls still running").isTrue();
            restarted.commit(12_000); // e.g. the commit at shutdown, then the writer closes mid-merge
        }
        try (VectorIndex again = new VectorIndex(dir, settings)) {
            assertThat(again.graphsDeferred()).as("the graph merge was cut short: owed again").isTrue();
            assertThat(again.merging()).as("asked for by the tailer once caught up, not at the start").isFalse();
            again.buildGraphs(1);
            awaitMerged(again);
            again.commit(12_000);
        }
        try (VectorIndex built = new VectorIndex(dir, settings)) {
            assertThat(built.graphsDeferred()).isFalse();
            assertThat(built.graphsPending()).isFalse();
            assertThat(graphSizes()).containsExactly(12_000);
        }
    }

    /** The tailer defers graphs for a catch-up long enough to be merged after, and asks for them once caught up. */
    @Test
    void theTailerDefersGraphsForALongCatchUpAndHasThemBuiltOnceCaughtUp() throws Exception {
        Random random = new Random(10);
        List<float[]> vectors = IntStream.range(0, 1500).mapToObj(n -> VectorIndexTest.randomUnit(random)).toList();
        List<AnalyzedCall> backlog = calls(0, 1500, vectors);
        CallFeed feed = mock(CallFeed.class);
        when(feed.countAfter(0)).thenReturn((long) IndexTailer.MERGE_AFTER_CALLS);
        when(feed.after(anyLong(), anyInt())).thenReturn(backlog, List.of());
        when(feed.at(anyCollection())).thenReturn(List.of());
        try (VectorIndex index = new VectorIndex(dir, new VectorIndex.Settings(16, 100, 1, 64, VectorEncoding.INT8))) {
            IndexTailer tailer = new IndexTailer(feed, index, 5000, Duration.ofSeconds(5), Duration.ofSeconds(1));
            assertThat(index.graphsDeferred()).isTrue();

            assertThat(tailer.poll(Instant.now())).as("caught up in one batch").isFalse();

            assertThat(index.graphsDeferred()).isFalse();
            awaitMerged(index);
            tailer.poll(Instant.now().plusSeconds(2));
            assertThat(index.graphsPending()).isFalse();
            assertThat(graphSizes()).containsExactly(1500);
        }
        try (VectorIndex shortOne = new VectorIndex(dir.resolve("short"), 16, 100)) {
            CallFeed near = mock(CallFeed.class);
            when(near.countAfter(0)).thenReturn((long) IndexTailer.MERGE_AFTER_CALLS - 1);
            new IndexTailer(near, shortOne, 5000, Duration.ofSeconds(5), Duration.ofSeconds(1));
            assertThat(shortOne.graphsDeferred()).as("a short catch-up keeps its graphs").isFalse();
        }
    }

    private static List<AnalyzedCall> calls(int first, int count, List<float[]> vectors) {
        return IntStream.range(first, first + count).mapToObj(n -> VectorIndexTest.call(n + 1, n, vectors.get(n)))
                .toList();
    }

    private static void awaitMerged(VectorIndex index) throws InterruptedException {
        for (int i = 0; i < 6000 && index.merging(); i++) {
            Thread.sleep(10);
        }
        assertThat(index.merging()).isFalse();
    }

    /** The nodes of each committed segment's graph, 0 for a segment without one. */
    private List<Integer> graphSizes() throws IOException {
        try (FSDirectory store = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(store)) {
            List<Integer> sizes = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                KnnVectorsReader vectors = ((CodecReader) leaf.reader()).getVectorReader();
                if (vectors instanceof PerFieldKnnVectorsFormat.FieldsReader perField) {
                    vectors = perField.getFieldReader(VectorIndex.VECTOR);
                }
                sizes.add(((HnswGraphProvider) vectors).getGraph(VectorIndex.VECTOR).size());
            }
            return sizes;
        }
    }
}
