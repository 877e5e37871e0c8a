package com.salescalls.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned sentiment head: a logistic regression over a sentence's 384-d embedding and the conversation
 * lexicon's score of the same sentence, the latter twice: as it is, and again only when the sentence holds a
 * negation. Sentence embeddings barely register negation ("not too expensive" lies next to "too expensive"),
 * while the lexicon's rules do, so the second weight lets the model trust the lexicon more exactly there. It is
 * trained on Hutto &amp; Gilbert's human-rated snippets by {@code SentimentTraining} (src/bench), over the full
 * (fp32) model's embeddings, the ones the analysis computes. The score is {@code 2p - 1} for the probability
 * {@code p} that the text is positive, so it lies in [-1, 1] and is above 0 exactly when the model leans
 * positive.
 *
 * <p>The weights file is text: comment lines starting with {@code #}, then one number per line: the bias, the
 * two lexicon weights, and the 384 embedding weights.
 *
 * @param bias           intercept
 * @param lexiconWeight  weight of the lexicon score
 * @param negationWeight weight of the lexicon score of a sentence with a negation (0 without)
 * @param weights        one weight per embedding dimension
 */
record SentimentHead(double bias, double lexiconWeight, double negationWeight, double[] weights) {

    static final String RESOURCE = "sentiment/head-minilm.txt";

    // arrays are mutable: copy in and out
    SentimentHead {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    double score(float[] embedding, double lexiconScore, boolean negated) {
        if (embedding.length != weights.length) {
            throw new IllegalArgumentException("embedding has " + embedding.length + " dimensions, the head " + weights.length);
        }
        double z = bias + lexiconWeight * lexiconScore + (negated ? negationWeight * lexiconScore : 0);
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * embedding[i];
        }
        return Math.tanh(z / 2); // = 2 * sigmoid(z) - 1
    }

    static SentimentHead fromClasspath() {
        InputStream in = SentimentHead.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath; run the sentiment training command");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Double> numbers = new ArrayList<>();
            for (String line : reader.lines().map(String::strip).toList()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    numbers.add(Double.parseDouble(line));
                }
            }
            if (numbers.size() != EmbeddingEncoder.DIMENSIONS + 3) {
                throw new IllegalStateException(RESOURCE + " holds " + numbers.size() + " numbers, expected "
                        + (EmbeddingEncoder.DIMENSIONS + 3));
            }
            double[] weights = numbers.subList(3, numbers.size()).stream().mapToDouble(Double::doubleValue).toArray();
            return new SentimentHead(numbers.get(0), numbers.get(1), numbers.get(2), weights);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
