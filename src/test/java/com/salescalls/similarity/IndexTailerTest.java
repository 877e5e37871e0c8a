package com.salescalls.similarity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.CallFeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class IndexTailerTest {

    @TempDir
    Path dir;

    @Test
    void searchesMoveToTheMergedSegmentsAtTheNextPollWithoutWaitingForANewCall() throws InterruptedException {
        CallFeed quiet = mock(CallFeed.class);
        when(quiet.after(anyLong(), anyInt())).thenReturn(List.of());
        when(quiet.at(anyCollection())).thenReturn(List.of());
        Random random = new Random(11);
        try (VectorIndex index = new VectorIndex(dir, 16, 100)) {
            for (int segment = 0; segment < 3; segment++) {
                int first = segment * 10;
                index.apply(IntStream.range(first, first + 10)
                        .mapToObj(n -> VectorIndexTest.call(n + 1, n, VectorIndexTest.randomUnit(random))).toList());
                index.commit(first + 10);
            }
            index.refresh();
            IndexTailer tailer = new IndexTailer(quiet, index, 100, Duration.ofSeconds(5), Duration.ofSeconds(1));
            long generation = index.commitGeneration();

            index.mergeDown(1);
            for (int i = 0; i < 500 && index.merging(); i++) {
                Thread.sleep(10);
            }
            assertThat(index.merging()).isFalse();
            assertThat(index.segments()).as("searches still see the segments of the last refresh").isEqualTo(3);

            tailer.poll(Instant.now());

            assertThat(index.segments()).as("the poll after the merge shows the merged segment").isEqualTo(1);
            assertThat(index.size()).isEqualTo(30);
            assertThat(index.commitGeneration()).as("and commits it").isGreaterThan(generation);
            assertThat(tailer.searchableWatermark()).isEqualTo(30);
        }
    }

    /**
     * A large batch is still being filed by the indexing lanes when the tailer reads the next one; a call that
     * comes again in a later batch is filed as its later analysis all the same, and a batch the lanes fail to file
     * is read again from the last commit rather than lost.
     */
    @Test
    void aBatchTheLanesFailToFileIsReadAgainAndLaterAnalysesWin() {
        Random random = new Random(12);
        List<AnalyzedCall> first = batch(1, 0, 300, random);
        List<AnalyzedCall> second = batch(301, 0, 300, random); // the same 300 calls analysed again
        List<AnalyzedCall> broken = new java.util.ArrayList<>(batch(601, 300, 300, random));
        AnalyzedCall bad = broken.get(150);
        broken.set(150, new AnalyzedCall(bad.analyzedSeq(), bad.callId(), bad.agentId(), bad.customerId(),
                bad.language(), bad.startTime(), bad.customerSentimentScore(), new float[] {1, 0, 0},
                bad.transcript())); // three dimensions where the index has 384: Lucene refuses it
        List<AnalyzedCall> fixed = batch(601, 300, 300, random);
        CallFeed feed = mock(CallFeed.class);
        when(feed.at(anyCollection())).thenReturn(List.of());
        when(feed.highestSeq()).thenReturn(900L);
        when(feed.after(0L, 300)).thenReturn(first);
        // behind after a full batch, it reads two stretches of 300 numbers at once
        when(feed.between(300L, 600L)).thenReturn(second);
        when(feed.between(600L, 900L)).thenReturn(broken, fixed);
        when(feed.after(300L, 300)).thenReturn(second); // read again, one batch, after the failure
        when(feed.after(900L, 300)).thenReturn(List.of());
        VectorIndex.Settings twoLanes = new VectorIndex.Settings(16, 100, 2, 64, VectorEncoding.FLOAT32);
        try (VectorIndex index = new VectorIndex(dir, twoLanes)) {
            IndexTailer tailer = new IndexTailer(feed, index, 300, Duration.ofSeconds(5), Duration.ofSeconds(1));
            Instant now = Instant.parse("2026-12-04T00:00:00Z");
            assertThat(tailer.poll(now)).isTrue(); // commits at once: the first commit of this tailer
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tailer.poll(now))
                    .as("the broken stretch fails once the lanes are waited for, at the refresh of the caught-up poll")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(tailer.watermark()).as("back to the last commit").isEqualTo(300);

            while (tailer.poll(now)) {
                // read again from 300: the second batch, then the two stretches after it, the broken one as it is now
            }

            assertThat(tailer.watermark()).isEqualTo(900);
            assertThat(index.size()).isEqualTo(600);
            for (AnalyzedCall call : List.of(second.get(0), second.get(299), fixed.get(150))) {
                assertThat(index.nearest(call.embedding(), 1, 10, null).getFirst().callId())
                        .as("filed as its latest analysis").isEqualTo(call.callId());
            }
            assertThat(index.nearest(first.get(7).embedding(), 1, 10, null).getFirst().similarity())
                    .as("the first analysis is gone").isLessThan(0.99);
        }
    }

    private static List<AnalyzedCall> batch(long firstSeq, int firstCall, int count, Random random) {
        return IntStream.range(0, count).mapToObj(i -> VectorIndexTest.call(firstSeq + i, firstCall + i,
                VectorIndexTest.randomUnit(random))).toList();
    }
}
