package com.salescalls.insights;

import java.util.List;

/** Small vector arithmetic for embeddings. */
final class Vectors {

    private Vectors() {
    }

    /** The average of the vectors weighted by the given weights, scaled to unit length. */
    static float[] weightedMeanUnit(List<float[]> vectors, List<Integer> weights) {
        if (vectors.isEmpty() || vectors.size() != weights.size()) {
            throw new IllegalArgumentException("need as many weights as vectors, and at least one");
        }
        double[] sum = new double[vectors.getFirst().length];
        for (int v = 0; v < vectors.size(); v++) {
            float[] vector = vectors.get(v);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += (double) vector[i] * weights.get(v);
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            unit[i] = (float) (norm == 0 ? 0 : sum[i] / norm);
        }
        return unit;
    }
}
