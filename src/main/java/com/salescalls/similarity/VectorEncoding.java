package com.salescalls.similarity;

/**
 * How the index keeps the vectors its graph is searched by. The float32 vectors are kept in every case: a quantized
 * graph's candidates are put back in the exact order by them.
 */
public enum VectorEncoding {
    /** The graph is built and searched with the float32 vectors themselves. */
    FLOAT32,
    /** int8 scalar-quantized vectors beside the float32 ones (a quarter of their size). */
    INT8,
    /**
     * One bit per dimension beside the float32 ones (a thirty-second of their size, Lucene's binary quantization
     * with corrective terms): merges build the graph from these, and queries walk it with them.
     */
    BINARY;

    /** Whether the graph is walked with quantized vectors, its candidates then re-ranked by the float32 ones. */
    boolean quantized() {
        return this != FLOAT32;
    }
}
