package com.salescalls.insights;

import java.util.List;

/**
 * How well scores agree with human labels. The binary rule throughout: a score above 0 means positive, so a
 * neutral 0 counts as negative (the same rule as the figures quoted for AFINN and VADER in issue 7).
 */
record SentimentMetrics(double accuracy, double macroF1) {

    static SentimentMetrics of(List<LabelledSentence> sentences, double[] scores) {
        int truePositive = 0;
        int falsePositive = 0;
        int trueNegative = 0;
        int falseNegative = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] > 0;
            boolean actual = sentences.get(i).positive();
            if (predicted) {
                if (actual) {
                    truePositive++;
                } else {
                    falsePositive++;
                }
            } else if (actual) {
                falseNegative++;
            } else {
                trueNegative++;
            }
        }
        double accuracy = (truePositive + trueNegative) / (double) scores.length;
        double macroF1 = (f1(truePositive, falsePositive, falseNegative) + f1(trueNegative, falseNegative, falsePositive)) / 2;
        return new SentimentMetrics(accuracy, macroF1);
    }

    private static double f1(int truePositive, int falsePositive, int falseNegative) {
        int denominator = 2 * truePositive + falsePositive + falseNegative;
        return denominator == 0 ? 0 : 2.0 * truePositive / denominator;
    }

    /** Pearson's correlation between the scores and the mean human ratings. */
    static double pearson(List<LabelledSentence> sentences, double[] scores) {
        int n = scores.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += scores[i] / n;
            meanY += sentences.get(i).rating() / n;
        }
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            double dx = scores[i] - meanX;
            double dy = sentences.get(i).rating() - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return varianceX == 0 || varianceY == 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
    }
}
