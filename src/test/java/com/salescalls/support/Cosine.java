package com.salescalls.support;

/** Cosine similarity of two vectors, computed exactly in double precision: the reference the tests compare with. */
public final class Cosine {

    private Cosine() {
    }

    public static double of(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }
}
