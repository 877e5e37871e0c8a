package com.salescalls.insights;

import com.salescalls.support.Cosine;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.SalesCallsApplication;
import com.salescalls.calls.CallAnalyses;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.support.TestDatabase;
import com.salescalls.support.TestIndex;

/**
 * The analysis pipeline's benchmark (see docs/BENCHMARKS.md, "Analysis pipeline"; run with bench/pipeline.sh).
 *
 * <p>Default run: generated 7-minute calls (6-8 minutes), (1) the embedding model alone on their transcripts,
 * fp32 and quantized, with the mean cosine similarity of the two models' call vectors, and the model alone on
 * the same transcripts cut into utterances (the runs the analysis makes, one per utterance), then (2) the whole
 * pipeline (store, queue, claim, parse, metrics, utterance embeddings, sentiment, call vector, store the
 * analysis) on the same calls in a fresh database, and its throughput as a share of the model-only figure (the
 * whole transcripts, fp32), in {@code --rounds} rounds (default 3) that each run the pipeline between two runs of
 * the model alone, with the median share. All use the pipeline's concurrency: 2 workers, batches of 32 calls.
 *
 * <p>{@code --memory}: the application with its web server takes one 10,000-call NDJSON bulk request and
 * analyses for 60 s more; peak heap in use and peak resident memory of the JVM are sampled throughout.
 */
public final class PipelineBenchmark {

    private static final int WORKERS = 2;
    private static final int BATCH = 32;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = intArg(args, "--calls=", 192);
        if (List.of(args).contains("--memory")) {
            memory(intArg(args, "--bulk=", 10_000));
        } else {
            throughput(calls, intArg(args, "--rounds=", 3));
        }
        System.exit(0);
    }

    private static void throughput(int count, int rounds) throws Exception {
        List<GeneratedCall> calls = new CallGenerator(2026, Instant.parse("2026-06-30T12:00:00Z")).stream(1)
                .filter(call -> call.durationSeconds() >= 360 && call.durationSeconds() <= 480)
                .limit(count).toList();
        List<String> transcripts = calls.stream().map(GeneratedCall::transcript).toList();
        System.out.printf("%d generated calls of 6-8 minutes, %.0f words each on average; %d processors%n",
                calls.size(), transcripts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0),
                Runtime.getRuntime().availableProcessors());

        EmbeddingEncoder fp32 = new EmbeddingEncoder();
        EmbeddingEncoder quantized = new EmbeddingEncoder(
                new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel());
        modelOnly(fp32, transcripts.subList(0, Math.min(BATCH, transcripts.size()))); // warm up
        modelOnly(quantized, transcripts.subList(0, Math.min(BATCH, transcripts.size())));
        Timed<List<float[]>> fp32Run = modelOnly(fp32, transcripts);
        Timed<List<float[]>> quantizedRun = modelOnly(quantized, transcripts);
        double cosine = 0;
        for (int i = 0; i < transcripts.size(); i++) {
            cosine += Cosine.of(fp32Run.value().get(i), quantizedRun.value().get(i));
        }
        double fp32Rate = calls.size() / fp32Run.seconds();
        double quantizedRate = calls.size() / quantizedRun.seconds();
        System.out.printf("model only, fp32:      %6.2f calls/s%n", fp32Rate);
        System.out.printf("model only, quantized: %6.2f calls/s (x%.2f of fp32); mean cosine fp32 vs quantized %.4f%n",
                quantizedRate, quantizedRate / fp32Rate, cosine / transcripts.size());
        Timed<List<float[]>> utteranceRun = modelOnly(transcripts, texts -> callVectors(fp32, texts));
        double agreement = 0;
        for (int i = 0; i < transcripts.size(); i++) {
            agreement += Cosine.of(fp32Run.value().get(i), utteranceRun.value().get(i));
        }
        System.out.printf("model only, fp32, one run per utterance (the analysis's runs): %6.2f calls/s (x%.2f of whole"
                + " transcripts); mean cosine of the mean-of-utterances call vector vs the whole-transcript one %.4f%n",
                calls.size() / utteranceRun.seconds(), fp32Run.seconds() / utteranceRun.seconds(),
                agreement / transcripts.size());

        try (ConfigurableApplicationContext app = application(WebApplicationType.NONE, TestDatabase.libpqUrl("bench_"))) {
            CallService service = app.getBean(CallService.class);
            CallAnalyses analyses = app.getBean(CallAnalyses.class);
            // warm-up, as for the model: one batch per worker of other calls through the whole pipeline first
            List<NewCall> warmUp = new CallGenerator(2027, Instant.parse("2026-06-30T12:00:00Z")).stream(1)
                    .limit(WORKERS * BATCH).map(PipelineBenchmark::newCall)
                    .map(call -> new NewCall("WARM" + call.callId(), call.agentId(), call.customerId(),
                            call.language(), call.startTime(), call.durationSeconds(), call.transcript()))
                    .toList();
            service.ingest(warmUp);
            awaitAnalysed(analyses, warmUp.size());
            // rounds of pipeline runs (each on calls of their own ids), each between two runs of the model alone: the
            // machine's speed drifts, so each round's baseline is the mean of the model runs just before and after
            double before = fp32Rate;
            int analysed = warmUp.size();
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String prefix = rounds == 1 ? "" : "R" + round;
                List<NewCall> batch = calls.stream().map(PipelineBenchmark::newCall)
                        .map(call -> new NewCall(prefix + call.callId(), call.agentId(), call.customerId(),
                                call.language(), call.startTime(), call.durationSeconds(), call.transcript()))
                        .toList();
                long start = System.nanoTime();
                for (int from = 0; from < batch.size(); from += 500) {
                    service.ingest(batch.subList(from, Math.min(batch.size(), from + 500)));
                }
                analysed += batch.size();
                awaitAnalysed(analyses, analysed);
                double pipelineRate = calls.size() / ((System.nanoTime() - start) / 1e9);
                double after = calls.size() / modelOnly(fp32, transcripts).seconds();
                double baseline = (before + after) / 2;
                ratios.add(pipelineRate / baseline);
                System.out.printf("round %d: pipeline (fp32) %6.2f calls/s; model only, fp32, after it %6.2f; = %.1f%% of "
                        + "the model-only fp32 figure (%.2f, the mean of the runs before and after)%n", round,
                        pipelineRate, after, 100 * pipelineRate / baseline, baseline);
                before = after;
            }
            List<Double> sorted = ratios.stream().sorted().toList();
            System.out.printf("pipeline / model only over %d rounds: median %.1f%%, lowest %.1f%%, highest %.1f%%%n",
                    rounds, 100 * sorted.get(sorted.size() / 2), 100 * sorted.getFirst(), 100 * sorted.getLast());
        }
    }

    /**
     * Waits until this many calls are analysed, looking every 200 ms: polling faster would itself load the
     * database and the two cores the pipeline runs on (at 20 ms it cost several percent), and 200 ms is under
     * half a percent of a run.
     */
    private static void awaitAnalysed(CallAnalyses analyses, int count) throws InterruptedException {
        while (analyses.countsByStatus().getOrDefault("analyzed", 0L) < count) {
            Thread.sleep(200);
        }
    }

    /** The encoder alone on whole transcripts, with the pipeline's concurrency (see the other overload). */
    private static Timed<List<float[]>> modelOnly(EmbeddingEncoder encoder, List<String> texts) throws Exception {
        return modelOnly(texts, encoder::embedAll);
    }

    /** Each transcript's vector as the analysis makes it: the token-weighted mean of its utterances' vectors. */
    private static List<float[]> callVectors(EmbeddingEncoder encoder, List<String> transcripts) {
        List<List<String>> utterances = transcripts.stream().map(t -> Transcript.parse(t).utterances().stream()
                .map(Utterance::text).filter(text -> !text.isBlank()).toList()).toList();
        List<EmbeddingEncoder.Embedded> embedded = encoder.embedEach(utterances.stream().flatMap(List::stream).toList());
        List<float[]> vectors = new ArrayList<>();
        int next = 0;
        for (List<String> call : utterances) {
            List<EmbeddingEncoder.Embedded> own = embedded.subList(next, next + call.size()).stream()
                    .filter(java.util.Objects::nonNull).toList();
            next += call.size();
            vectors.add(Vectors.weightedMeanUnit(own.stream().map(EmbeddingEncoder.Embedded::vector).toList(),
                    own.stream().map(EmbeddingEncoder.Embedded::tokens).toList()));
        }
        return vectors;
    }

    /** The encoder alone, with the pipeline's concurrency: WORKERS threads, each embedding BATCH calls at a time. */
    private static Timed<List<float[]>> modelOnly(List<String> texts,
            java.util.function.Function<List<String>, List<float[]>> encoder) throws Exception {
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>(Collections.nCopies(texts.size(), null));
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int from = 0; from < texts.size(); from += BATCH) {
                int first = from;
                List<String> slice = texts.subList(from, Math.min(texts.size(), from + BATCH));
                runs.add(pool.submit(() -> {
                    List<float[]> embedded = encoder.apply(slice);
                    for (int i = 0; i < embedded.size(); i++) {
                        vectors.set(first + i, embedded.get(i));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        return new Timed<>(vectors, (System.nanoTime() - start) / 1e9);
    }

    private static void memory(int count) throws Exception {
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                Runtime runtime = Runtime.getRuntime();
                peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                peakRss.accumulateAndGet(rssBytes(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (ConfigurableApplicationContext app = application(WebApplicationType.SERVLET,
                TestDatabase.libpqUrl("benchmem_"))) {
            long baselineRss = rssBytes();
            String port = app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            String token = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/auth/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=bench-admin&password=bench-password-1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asString();
            Iterator<GeneratedCall> generated = new CallGenerator(7, Instant.now()).stream(1).limit(count).iterator();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/calls/bulk"))
                    .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> ndjson(generated))).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("bulk of %d calls: HTTP %d in %.1f s (generating the body included)%n", count,
                    response.statusCode(), seconds);
            Thread.sleep(60_000);
            System.out.printf("after 60 s of analysis: %s%n", app.getBean(CallAnalyses.class).countsByStatus());
            System.out.printf("peak heap in use %d MB (max heap %d MB); peak RSS %d MB (%d MB when idle before the bulk)%n",
                    peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, peakRss.get() >> 20,
                    baselineRss >> 20);
        } finally {
            sampling.set(false);
            sampler.join();
        }
    }

    /** The generated calls as NDJSON, produced while the request is sent rather than held in memory. */
    private static InputStream ndjson(Iterator<GeneratedCall> calls) {
        JsonMapper json = JsonMapper.builder().build();
        return new SequenceInputStream(new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return calls.hasNext();
            }

            @Override
            public InputStream nextElement() {
                GeneratedCall call = calls.next();
                String line = json.writeValueAsString(Map.of("call_id", call.callId(), "agent_id", call.agentId(),
                        "customer_id", call.customerId(), "language", call.language(),
                        "start_time", call.startTime().toString(), "duration_seconds", call.durationSeconds(),
                        "transcript", call.transcript())) + "\n";
                return new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static ConfigurableApplicationContext application(WebApplicationType type, String databaseUrl) {
        return new SpringApplicationBuilder(SalesCallsApplication.class).web(type).run(
                "--server.port=0",
                "--management.server.port=0",
                "--app.platform.database-url=" + databaseUrl,
                "--app.identity.jwt-secret=benchmark-secret-that-is-long-enough-0123456789",
                "--app.identity.admin-username=bench-admin",
                "--app.identity.admin-password=bench-password-1",
                "--app.generator.demo-calls=0",
                "--" + TestIndex.PROPERTY,
                "--app.analysis.workers=" + WORKERS,
                "--app.analysis.batch-size=" + BATCH,
                "--logging.level.root=WARN");
    }

    private static NewCall newCall(GeneratedCall call) {
        return new NewCall(call.callId(), call.agentId(), call.customerId(), call.language(), call.startTime(),
                call.durationSeconds(), call.transcript());
    }

    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static int intArg(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }

    private record Timed<T>(T value, double seconds) {
    }
}
