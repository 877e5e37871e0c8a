package com.salescalls.similarity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceWatermarkTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void advancesWithContiguousNumbers() {
        SequenceWatermark seen = new SequenceWatermark(10, Duration.ofSeconds(60));
        seen.seen(List.of(11L, 12L, 13L), T0);
        assertThat(seen.highestSeen()).isEqualTo(13);
        assertThat(seen.openGaps()).isEmpty();
        assertThat(seen.watermark()).isEqualTo(13);
    }

    @Test
    void holdsTheWatermarkBelowASkippedNumberUntilItCommits() {
        SequenceWatermark seen = new SequenceWatermark(0, Duration.ofSeconds(60));
        seen.seen(List.of(1L, 2L, 5L), T0);
        assertThat(seen.openGaps()).containsExactly(3L, 4L);
        assertThat(seen.watermark()).isEqualTo(2);
        assertThat(seen.highestSeen()).isEqualTo(5);

        seen.seen(List.of(3L), T0.plusSeconds(1));
        assertThat(seen.openGaps()).containsExactly(4L);
        assertThat(seen.watermark()).isEqualTo(3);

        seen.seen(List.of(4L), T0.plusSeconds(2));
        assertThat(seen.watermark()).isEqualTo(5);
    }

    @Test
    void givesUpGapsAfterTheTimeout() {
        SequenceWatermark seen = new SequenceWatermark(0, Duration.ofSeconds(60));
        seen.seen(List.of(2L), T0);
        seen.expire(T0.plusSeconds(59));
        assertThat(seen.openGaps()).containsExactly(1L);
        seen.expire(T0.plusSeconds(61));
        assertThat(seen.openGaps()).isEmpty();
        assertThat(seen.watermark()).isEqualTo(2);
    }

    @Test
    void treatsALongRunOfMissingNumbersAsHistoryNotGaps() {
        SequenceWatermark seen = new SequenceWatermark(0, Duration.ofSeconds(60));
        seen.seen(List.of(1_000_000L), T0);
        assertThat(seen.openGaps()).hasSize(SequenceWatermark.MAX_GAPS);
        assertThat(seen.openGaps().getFirst()).isEqualTo(1_000_000L - SequenceWatermark.MAX_GAPS);
    }
}
