package com.salescalls.similarity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
