package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Labels drawn from a known logistic model; a fit on enough of them recovers its weights. */
    @Test
    void recoversTheWeightsOfTheModelThatMadeTheData() {
        double[] truth = {-0.5, 2.0, -1.0};
        Random random = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            double p = LogisticRegression.sigmoid(truth[0] + truth[1] * x[i][0] + truth[2] * x[i][1]);
            y[i] = random.nextDouble() < p ? 1 : 0;
        }
        double[] w = LogisticRegression.fit(x, y, 1e-6);
        for (int j = 0; j < truth.length; j++) {
            assertThat(w[j]).as("weight %d", j).isCloseTo(truth[j], within(0.1));
        }
    }

    @Test
    void softTargetsAreFittedAsProbabilities() {
        double[][] x = {{0}, {0}, {1}, {1}};
        double[] y = {0.25, 0.25, 0.75, 0.75};
        double[] w = LogisticRegression.fit(x, y, 0);
        assertThat(LogisticRegression.sigmoid(w[0])).isCloseTo(0.25, within(1e-9));
        assertThat(LogisticRegression.sigmoid(w[0] + w[1])).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void theSameDataGivesTheSameWeights() {
        double[][] x = {{1, 0}, {0, 1}, {1, 1}, {0, 0}, {2, 1}};
        double[] y = {1, 0, 1, 0, 0.5};
        assertThat(LogisticRegression.fit(x, y, 0.1)).containsExactly(LogisticRegression.fit(x, y, 0.1));
    }

    @Test
    void penaltyShrinksWeightsTowardsZero() {
        double[][] x = {{1}, {-1}, {2}, {-2}, {0.5}};
        double[] y = {1, 0, 1, 0, 0};
        assertThat(Math.abs(LogisticRegression.fit(x, y, 10)[1])).isLessThan(Math.abs(LogisticRegression.fit(x, y, 0.1)[1]));
    }
}
