package com.salescalls.similarity;

/** The index compares by dot product, which is the cosine only for unit vectors: every vector is scaled first. */
final class UnitVectors {

    private UnitVectors() {
    }

    static boolean hasDirection(float[] vector) {
        double norm = norm(vector);
        return norm > 0 && Double.isFinite(norm);
    }

    static float[] normalized(float[] vector) {
        double norm = norm(vector);
        if (norm == 0 || !Double.isFinite(norm)) {
            throw new IllegalArgumentException("a vector of length " + norm + " has no direction");
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float x : vector) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
