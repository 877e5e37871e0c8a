package com.salescalls.insights;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 *
 * <p>Newton's method on this convex loss needs no learning rate, no shuffling and no random start, so the same
 * data always gives the same weights, to the last bit on the same JVM: the training command is reproducible.
 * With 385 features the Hessian is small enough to solve exactly by Cholesky decomposition.
 */
final class LogisticRegression {

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-9;

    private LogisticRegression() {
    }

    /** {@link #fit(double[][], double[], double[], double)} with every row weighing 1. */
    static double[] fit(double[][] x, double[] y, double lambda) {
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        return fit(x, y, ones, lambda);
    }

    /**
     * Fits weights for rows {@code x} (a leading 1 for the intercept is added here) and targets {@code y} in
     * [0, 1] (0/1 labels or probabilities), minimising the weighted cross-entropy plus an L2 penalty.
     *
     * @param rowWeights how much each row counts
     * @param lambda     the L2 penalty on every weight but the intercept, against the summed log-loss
     * @return the intercept followed by one weight per feature
     */
    static double[] fit(double[][] x, double[] y, double[] rowWeights, double lambda) {
        int n = x.length;
        int d = x[0].length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            double[] row = new double[d];
            for (int i = 0; i < n; i++) {
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, d - 1);
                double p = sigmoid(dot(w, row));
                double weight = rowWeights[i] * p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += rowWeights[i] * (p - y[i]) * row[a];
                    double scaled = weight * row[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += scaled * row[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient[a] += lambda * w[a];
                hessian[a][a] += lambda;
            }
            double[] step = solveSymmetric(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves {@code A s = g} for a symmetric positive definite A given by its lower triangle (Cholesky). */
    private static double[] solveSymmetric(double[][] a, double[] g) {
        int d = g.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalStateException("Hessian is not positive definite; raise lambda");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        double[] s = new double[d];
        for (int i = d - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < d; k++) {
                sum -= l[k][i] * s[k];
            }
            s[i] = sum / l[i][i];
        }
        return s;
    }
}
