package com.salescalls.similarity;

/**
 * How the index keeps the vectors its graph is searched by. The float32 vectors are kept in every case: a quantized
 * graph's candidates are put back in the exact order by them.
 */
public enum VectorEncoding {
    /** The graph is built and searched with the float32 vectors themselves. */
    FLOAT32("FLOAT32"),
    /**
     * 8-bit vectors beside the float32 ones (a quarter of their size; Lucene's optimized scalar quantization, an
     * interval of its own for each vector): their scores order the graph's candidates so well that re-ranking the
     * best {@code 2k} of them by float32 finds as many of the exact top {@code k} as re-ranking all of them (recall@5
     * at a million calls, docs/BENCHMARKS.md), for a small part of the float32 reads (10 instead of 300 for k = 5).
     */
    INT8("INT8_OSQ"),
    /**
     * One bit per dimension beside the float32 ones (a thirty-second of their size; the query in four bits): merges
     * build the graph from these and queries walk it with them, but their scores order the candidates too coarsely
     * to keep fewer than all of them for the re-ranking.
     */
    BINARY("BINARY_OSQ");

    /**
     * What each commit records the vectors as. It changes when an encoding's quantization does (INT8 and BINARY were
     * Lucene 10.3's 7-bit and binary formats, recorded by their names), so that an index quantized the old way is
     * rebuilt rather than re-ranked as if its scores were as good.
     */
    final String recorded;

    VectorEncoding(String recorded) {
        this.recorded = recorded;
    }

    /** Whether the graph is walked with quantized vectors, its candidates then re-ranked by the float32 ones. */
    boolean quantized() {
        return this != FLOAT32;
    }

    /** How many of a quantized search's {@code candidates} (best first) are re-ranked for its best {@code k}. */
    int reranked(int k, int candidates) {
        return switch (this) {
            case FLOAT32 -> 0;
            case INT8 -> Math.min(candidates, 2 * k);
            case BINARY -> candidates;
        };
    }
}
