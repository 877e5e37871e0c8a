package com.salescalls.insights;

import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What per-utterance sentiment costs beside the call embedding the pipeline computes anyway, on generated calls
 * of 6 to 8 minutes: milliseconds per call for the whole-call embedding (the baseline, fp32 as the pipeline
 * runs it), the lexicon analyser, and the learned head over quantized and over fp32 utterance embeddings.
 * Run with {@code bench/sentiment-cost.sh [calls]} (default 20 calls, each measured 3 times after a warm-up).
 */
final class SentimentCostBenchmark {

    private static final int ROUNDS = 3;

    private SentimentCostBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Transcript> calls = new CallGenerator(7, Instant.parse("2026-06-30T12:00:00Z")).stream(1)
                .filter(call -> call.durationSeconds() >= 360 && call.durationSeconds() <= 480)
                .limit(count).map(GeneratedCall::transcript).map(Transcript::parse).toList();
        double utterances = calls.stream().mapToInt(call -> call.utterances().size()).average().orElseThrow();
        System.out.printf(Locale.ROOT, "%d generated calls of 6-8 minutes, %.1f utterances each on average%n%n",
                calls.size(), utterances);

        EmbeddingEncoder fp32 = new EmbeddingEncoder(new AllMiniLmL6V2EmbeddingModel());
        EmbeddingEncoder quantized = new EmbeddingEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel());
        LexiconScorer lexicon = LexiconScorer.fromClasspath();
        SentimentHead head = SentimentHead.fromClasspath();
        LearnedScorer learnedQuantized = new LearnedScorer(quantized, lexicon, head);
        LearnedScorer learnedFp32 = new LearnedScorer(fp32, lexicon, head);

        double baseline = measure(calls, call -> fp32.embed(call.utterances().stream()
                .map(u -> u.speaker() + ": " + u.text()).reduce((a, b) -> a + "\n" + b).orElse("")));
        System.out.println("work per call                                   ms/call  vs call embedding");
        print("call embedding, fp32 (what the pipeline does)", baseline, baseline);
        print("utterance sentiment, lexicon", measure(calls, call -> lexicon.scoreAll(texts(call))), baseline);
        print("utterance sentiment, learned over quantized", measure(calls, call -> learnedQuantized.scoreAll(texts(call))), baseline);
        print("utterance sentiment, learned over fp32", measure(calls, call -> learnedFp32.scoreAll(texts(call))), baseline);
    }

    private static List<String> texts(Transcript call) {
        return call.utterances().stream().map(Utterance::text).toList();
    }

    private static double measure(List<Transcript> calls, Consumer<Transcript> work) {
        calls.forEach(work); // warm-up
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            calls.forEach(work);
        }
        return (System.nanoTime() - start) / 1e6 / ROUNDS / calls.size();
    }

    private static void print(String what, double msPerCall, double baseline) {
        System.out.printf(Locale.ROOT, "%-47s %8.1f  %6.2fx%n", what, msPerCall, msPerCall / baseline);
    }
}
