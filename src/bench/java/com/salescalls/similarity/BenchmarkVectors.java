package com.salescalls.similarity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.insights.EmbeddingEncoder;
import com.salescalls.insights.SentimentAnalyzer;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptInput;

/**
 * Vectors for the benchmarks: real all-MiniLM-L6-v2 embeddings of 2,000 generated calls (computed once and
 * cached in {@code target/bench}), and any number of vectors derived from them: a random blend
 * {@code w·a + (1−w)·b} of two real embeddings ({@code w} uniform in [0, 1]) plus Gaussian noise of
 * {@code NOISE} per dimension, scaled back to unit length. New calls then lie among the real ones instead of
 * in tight clusters of near-copies, which no real collection has.
 */
final class BenchmarkVectors {

    static final double NOISE = 0.01;
    static final Instant ANCHOR = Instant.parse("2026-06-30T12:00:00Z");

    private BenchmarkVectors() {
    }

    static List<float[]> real(int count, Path cache) throws IOException {
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
                int stored = in.readInt();
                if (stored >= count) {
                    List<float[]> vectors = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        float[] v = new float[EmbeddingEncoder.DIMENSIONS];
                        for (int d = 0; d < v.length; d++) {
                            v[d] = in.readFloat();
                        }
                        vectors.add(v);
                    }
                    return vectors;
                }
            }
        }
        long start = System.nanoTime();
        TranscriptAnalyzer analyzer = new TranscriptAnalyzer(new SentimentAnalyzer(), new EmbeddingEncoder());
        List<GeneratedCall> calls = new CallGenerator(99, ANCHOR).generate(count, 1);
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i += 64) {
            List<TranscriptInput> batch = calls.subList(i, Math.min(count, i + 64)).stream()
                    .map(c -> TranscriptInput.text(c.transcript(), c.durationSeconds())).toList();
            for (TranscriptAnalysis analysis : analyzer.analyzeAll(batch)) {
                vectors.add(analysis.embedding());
            }
        }
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(cache))) {
            out.writeInt(count);
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
        System.out.printf("embedded %d generated calls in %.1f s (cached in %s)%n", count,
                (System.nanoTime() - start) / 1e9, cache);
        return vectors;
    }

    /** Vector {@code i} of a derived set: deterministic for (seed, i). */
    static float[] derived(List<float[]> real, long seed, long i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        float[] a = real.get(random.nextInt(real.size()));
        float[] b = real.get(random.nextInt(real.size()));
        double w = random.nextDouble();
        float[] v = new float[a.length];
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (w * a[d] + (1 - w) * b[d] + random.nextGaussian() * NOISE);
        }
        return UnitVectors.normalized(v);
    }
}
