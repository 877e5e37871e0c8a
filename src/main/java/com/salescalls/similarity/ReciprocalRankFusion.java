package com.salescalls.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): a call's fused score is the sum over the
 * rankings that found it of 1 / (k + rank). It needs no calibration between the two rankings' scores, which
 * are on unrelated scales (text rank and cosine similarity).
 */
final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {
    }

    record Fused(String callId, double score, @Nullable Integer keywordRank, @Nullable Integer semanticRank) {
    }

    /** Both lists best first; the result best first, ties broken by the better single rank, then by id. */
    static List<Fused> fuse(List<String> keyword, List<String> semantic, int k) {
        Map<String, Integer[]> ranks = new LinkedHashMap<>();
        for (int i = 0; i < keyword.size(); i++) {
            ranks.computeIfAbsent(keyword.get(i), id -> new Integer[2])[0] = i + 1;
        }
        for (int i = 0; i < semantic.size(); i++) {
            ranks.computeIfAbsent(semantic.get(i), id -> new Integer[2])[1] = i + 1;
        }
        List<Fused> fused = new ArrayList<>(ranks.size());
        ranks.forEach((id, r) -> fused.add(new Fused(id, part(r[0], k) + part(r[1], k), r[0], r[1])));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed()
                .thenComparingInt(f -> Math.min(orMax(f.keywordRank()), orMax(f.semanticRank())))
                .thenComparing(Fused::callId));
        return fused;
    }

    private static double part(@Nullable Integer rank, int k) {
        return rank == null ? 0 : 1.0 / (k + rank);
    }

    private static int orMax(@Nullable Integer rank) {
        return rank == null ? Integer.MAX_VALUE : rank;
    }
}
