package com.salescalls.similarity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReciprocalRankFusionTest {

    @Test
    void sumsOneOverKPlusRankOfEveryRankingThatFoundTheCall() {
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of("a", "b", "c"),
                List.of("c", "d"), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::callId).containsExactly("c", "a", "b", "d");
        ReciprocalRankFusion.Fused c = fused.getFirst();
        assertThat(c.score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(c.keywordRank()).isEqualTo(3);
        assertThat(c.semanticRank()).isEqualTo(1);
        ReciprocalRankFusion.Fused d = fused.get(3);
        assertThat(d.keywordRank()).isNull();
        assertThat(d.semanticRank()).isEqualTo(2);
    }

    @Test
    void smallerKFavoursTheTopOfEachRanking() {
        // With k=60 being found twice at rank 5 beats rank 1 once; with k=1 the reverse.
        List<String> keyword = List.of("top", "x1", "x2", "x3", "both");
        List<String> semantic = List.of("y1", "y2", "y3", "y4", "both");
        assertThat(ReciprocalRankFusion.fuse(keyword, semantic, 60).getFirst().callId()).isEqualTo("both");
        assertThat(ReciprocalRankFusion.fuse(keyword, semantic, 1).getFirst().callId()).isEqualTo("top");
    }

    @Test
    void breaksTiesByTheBetterSingleRankThenById() {
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of("b", "a"), List.of("a", "b"), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::callId).containsExactly("a", "b");
    }
}
