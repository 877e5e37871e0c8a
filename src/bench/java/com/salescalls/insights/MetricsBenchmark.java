package com.salescalls.insights;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;

/**
 * What the conversation metrics cost on 7-minute calls (generated ones of 6 to 8 minutes), beside the other two
 * per-call costs of the analysis, measured in the same run: scoring every utterance's sentiment, and the
 * embedding (the baseline the ratios are taken against). Each stage runs over the whole sample several rounds
 * after a warm-up; the median round is reported per call, as wall time and as CPU time (of this thread for the
 * single-threaded stages; of the whole process for the embedding, whose ONNX runtime has threads of its own), since
 * on a machine shared with other work the wall time mostly measures waiting for a core.
 * Run with {@code bench/metrics.sh [calls] [rounds]}.
 */
final class MetricsBenchmark {

    private static volatile Object sink;

    private MetricsBenchmark() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<GeneratedCall> sample = new CallGenerator(7, Instant.parse("2026-06-01T00:00:00Z")).stream(1)
                .filter(call -> call.durationSeconds() >= 360 && call.durationSeconds() <= 480)
                .limit(calls).toList();
        List<TranscriptInput> texts = sample.stream()
                .map(call -> TranscriptInput.text(call.transcript(), call.durationSeconds())).toList();
        List<TranscriptInput> timed = sample.stream().map(MetricsBenchmark::timed).toList();
        SentimentAnalyzer sentiment = new SentimentAnalyzer();
        EmbeddingEncoder encoder = new EmbeddingEncoder();

        double words = texts.stream().mapToInt(t -> Transcript.of(t).utterances().stream()
                .mapToInt(u -> SpokenWords.count(u.text())).sum()).average().orElse(0);
        double utterances = texts.stream().mapToInt(t -> Transcript.of(t).utterances().size()).average().orElse(0);
        System.out.printf("%d calls of 6-8 min: %.0f words, %.1f utterances each on average; %d rounds%n",
                sample.size(), words, utterances, rounds);

        Cost textMetrics = perCall(texts, rounds, MetricsBenchmark::metrics, THREAD_CPU);
        Cost timedMetrics = perCall(timed, rounds, MetricsBenchmark::metrics, THREAD_CPU);
        Cost scoring = perCall(texts, rounds, input -> score(input, sentiment), THREAD_CPU);
        List<TranscriptInput> embedSample = texts.subList(0, Math.min(10, texts.size()));
        Cost embedding = perCall(embedSample, Math.min(rounds, 2), input -> {
            sink = encoder.embed(input.text());
            return 1;
        }, PROCESS_CPU);

        System.out.printf("%-42s %11s %11s %12s %12s%n", "stage (per call)", "wall µs", "CPU µs",
                "wall x emb", "CPU x emb");
        row("embedding (baseline, " + embedSample.size() + " calls)", embedding, embedding);
        row("parse + metrics, text transcript", textMetrics, embedding);
        row("parse + metrics, timed utterances", timedMetrics, embedding);
        row("sentiment of every utterance (VADER)", scoring, embedding);
        row("metrics + sentiment, timed", new Cost(timedMetrics.wall() + scoring.wall(),
                timedMetrics.cpu() + scoring.cpu()), embedding);
    }

    private record Cost(double wall, double cpu) {
    }

    private static final LongSupplier THREAD_CPU = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
    private static final LongSupplier PROCESS_CPU = ((com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean())::getProcessCpuTime;

    private static long metrics(TranscriptInput input) {
        Conversation conversation = Conversation.of(Transcript.of(input), input.durationSeconds());
        double[] scores = new double[SentimentProfile.scored(conversation).size()];
        ConversationMetrics metrics = MetricsCalculator.compute(conversation, scores);
        sink = metrics;
        return metrics.questions().agent();
    }

    private static long score(TranscriptInput input, SentimentAnalyzer sentiment) {
        Conversation conversation = Conversation.of(Transcript.of(input), input.durationSeconds());
        List<String> texts = SentimentProfile.scored(conversation).stream().map(p -> p.utterance().text()).toList();
        double[] scores = sentiment.scoreAll(texts);
        return (long) (scores.length == 0 ? 0 : scores[0] * 1000);
    }

    /** Nanoseconds per call of the median round (wall and CPU apart), after as many warm-up rounds. */
    private static Cost perCall(List<TranscriptInput> inputs, int rounds, ToLongFunction<TranscriptInput> stage,
            LongSupplier cpuClock) {
        long[] walls = new long[rounds];
        long[] cpus = new long[rounds];
        long check = 0;
        for (int round = -rounds; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = cpuClock.getAsLong();
            for (TranscriptInput input : inputs) {
                check += stage.applyAsLong(input);
            }
            if (round >= 0) {
                walls[round] = System.nanoTime() - start;
                cpus[round] = cpuClock.getAsLong() - cpuStart;
            }
        }
        sink = check;
        Arrays.sort(walls);
        Arrays.sort(cpus);
        return new Cost(walls[rounds / 2] / (double) inputs.size(), cpus[rounds / 2] / (double) inputs.size());
    }

    private static void row(String stage, Cost cost, Cost baseline) {
        System.out.printf("%-42s %11.1f %11.1f %12.4f %12.4f%n", stage, cost.wall() / 1000, cost.cpu() / 1000,
                cost.wall() / baseline.wall(), cost.cpu() / baseline.cpu());
    }

    /** The call as timed utterances: 2.5 words a second, 0.6 s between turns. */
    private static TranscriptInput timed(GeneratedCall call) {
        List<SpokenLine> lines = new ArrayList<>();
        long at = 0;
        for (Utterance u : Transcript.parse(call.transcript()).utterances()) {
            long end = at + SpokenWords.count(u.text()) * 400L;
            lines.add(new SpokenLine(u.speaker(), u.text(), at, end));
            at = end + 600;
        }
        return TranscriptInput.lines(lines, call.durationSeconds());
    }
}
