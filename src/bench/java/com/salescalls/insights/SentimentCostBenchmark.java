package com.salescalls.insights;

import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the analysis's model work and per-utterance sentiment cost, on generated calls of 6 to 8 minutes, in
 * milliseconds per call: the baseline is the call embedding as analyser version 2 made it (the whole transcript
 * in 126-token windows, fp32); beside it the one model run per utterance of version 3 (which gives the call's
 * vector and the head's inputs), the learned head on those vectors, the lexicon analyser, and the head over
 * quantized vectors embedded for it alone (version 2's extra cost). Run with {@code bench/sentiment-cost.sh
 * [calls]} (default 20 calls, each measured 3 times after a warm-up).
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
        LearnedScorer learned = new LearnedScorer(fp32, lexicon, head);
        LearnedScorer learnedQuantized = new LearnedScorer(quantized, lexicon, head);
        Map<Transcript, List<float[]>> vectors = new IdentityHashMap<>();
        calls.forEach(call -> vectors.put(call, fp32.embedAll(texts(call))));

        double baseline = measure(calls, call -> fp32.embed(call.utterances().stream()
                .map(u -> u.speaker() + ": " + u.text()).reduce((a, b) -> a + "\n" + b).orElse("")));
        System.out.println("work per call                                             ms/call  vs baseline");
        print("call embedding from whole-transcript windows, fp32 (v2)", baseline, baseline);
        print("one run per utterance, fp32: call vector + head inputs (v3)",
                measure(calls, call -> fp32.embedEach(texts(call))), baseline);
        print("learned head on the utterance vectors (v3's sentiment)",
                measure(calls, call -> learned.scoreAll(texts(call), vectors.get(call))), baseline);
        print("lexicon analyser", measure(calls, call -> lexicon.scoreAll(texts(call))), baseline);
        print("head over quantized vectors embedded for it (v2's sentiment)",
                measure(calls, call -> learnedQuantized.scoreAll(texts(call))), baseline);
    }

    private static List<String> texts(Transcript call) {
        return call.utterances().stream().map(Utterance::text).filter(text -> !text.isBlank()).toList();
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
        System.out.printf(Locale.ROOT, "%-58s %8.1f  %6.2fx%n", what, msPerCall, msPerCall / baseline);
    }
}
