package com.salescalls.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.SalesCallsApplication;
import com.salescalls.support.TestDatabase;
import com.salescalls.support.TestIndex;
import com.salescalls.support.TestRedis;

/**
 * N concurrent live calls, each with one subscriber, through real WebSocket connections (the JDK's client) to
 * application instances started in this JVM on the local PostgreSQL and a private redis-server. Three setups, the
 * first the baseline: in-process fan-out on one instance; Redis fan-out with producer and subscriber on one
 * instance; Redis with producers on instance A and subscribers on instance B. Two phases each: <b>throughput</b>
 * (every producer sends its utterances back to back; utterances per second until every subscriber has them all)
 * and <b>latency</b> at a steady, realistic rate (producer send to subscriber receive, p50/p99).
 *
 * <p>Run: see docs/BENCHMARKS.md. Arguments {@code calls=200 utterances=40 rate=2} (utterances per second per call
 * in the latency phase).
 */
public final class LiveBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private static final String[] LINES = {
            "Thanks for joining today, I wanted to walk you through the new reporting dashboard.",
            "Honestly the last rollout was frustrating and our team lost a week of work.",
            "I understand, we have changed the onboarding so that cannot happen again.",
            "We are also looking at PipeStream because their pricing seems simpler.",
            "That is fair, let me show how our pricing compares for a team of your size.",
            "Okay, that sounds good, the forecasting part is really what we need."};

    private record Setup(String name, int producerPort, int subscriberPort) {
    }

    private record Result(double utterancesPerSecond, long lost, double p50Ms, double p99Ms, double maxMs) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arrays.stream(args).map(arg -> arg.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        int calls = Integer.parseInt(options.getOrDefault("calls", "200"));
        int utterances = Integer.parseInt(options.getOrDefault("utterances", "40"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "2"));
        System.out.printf(Locale.ROOT, "%d live calls x %d utterances, one subscriber each; latency phase at %.1f"
                + " utterances/s per call; %d cores%n", calls, utterances, rate,
                Runtime.getRuntime().availableProcessors());

        ConfigurableApplicationContext local = start(false);
        ConfigurableApplicationContext a = start(true);
        ConfigurableApplicationContext b = start(true);
        try {
            List<Setup> setups = List.of(new Setup("in-process, 1 instance (baseline)", port(local), port(local)),
                    new Setup("Redis, 1 instance", port(a), port(a)),
                    new Setup("Redis, 2 instances (A -> B)", port(a), port(b)));
            String token = login(port(local));
            System.out.println("load average before: " + loadAverage());
            List<Result[]> results = new ArrayList<>();
            for (Setup setup : setups) {
                run(setup, token, calls, 10, 0, "warm-up"); // JIT and connection pools, not measured
                Result throughput = run(setup, token, calls, utterances, 0, "throughput");
                Result latency = run(setup, token, calls, utterances, rate, "latency");
                results.add(new Result[] {throughput, latency});
            }
            System.out.println("load average after: " + loadAverage());
            report(setups, results, rate);
        } finally {
            b.close();
            a.close();
            local.close();
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(boolean redis) {
        List<String> settings = new ArrayList<>(List.of("server.port=0", "management.server.port=0", "app.generator.demo-calls=0",
                "app.platform.database-url=" + TestDatabase.libpqUrl(),
                "app.identity.jwt-secret=benchmark-secret-that-is-long-enough-0123456789",
                "app.identity.admin-username=bench-admin", "app.identity.admin-password=bench-password-1",
                "app.live.messages-per-second=100000", "app.live.message-burst=100000",
                "app.live.max-connections-per-user=10000", "app.live.max-utterances=100000",
                "app.live.redis-prefix=bench:" + ProcessHandle.current().pid() + ":",
                "logging.level.root=WARN", TestIndex.PROPERTY));
        if (redis) {
            settings.add("app.platform.redis-url=" + TestRedis.url());
        }
        return new SpringApplicationBuilder(SalesCallsApplication.class)
                .run(settings.stream().map(setting -> "--" + setting).toArray(String[]::new));
    }

    /** Other processes' load shows here: the figures mean little when it is far above the core count. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String login(int port) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/auth/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bench-admin&password=bench-password-1")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int start = body.indexOf("\"access_token\":\"") + 16;
        return body.substring(start, body.indexOf('"', start));
    }

    private static final AtomicLong RUN = new AtomicLong();

    private static Result run(Setup setup, String token, int calls, int utterances, double rate, String phase)
            throws Exception {
        String prefix = "BENCH_" + RUN.incrementAndGet() + "_";
        long expected = (long) calls * utterances;
        CountDownLatch done = new CountDownLatch((int) expected);
        long[] latencies = new long[(int) expected];
        AtomicLong received = new AtomicLong();
        List<WebSocket> sockets = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            sockets.add(connect(setup.subscriberPort(), "/ws/sentiment/" + prefix + i, token,
                    new SubscriberListener(latencies, received, done)));
        }
        List<WebSocket> producers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            producers.add(connect(setup.producerPort(), "/ws/calls/" + prefix + i + "/live?agent_id=AGENT_0001"
                    + "&customer_id=CUST_000001", token, new DrainingListener()));
        }
        long began = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                WebSocket producer = producers.get(i);
                long offsetNanos = rate > 0 ? (long) (1e9 / rate * i / calls) : 0; // spread calls over one period
                threads.submit(() -> produce(producer, utterances, rate, began + offsetNanos));
            }
        }
        boolean complete = done.await(5, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - began) / 1e9;
        Stream.concat(producers.stream(), sockets.stream()).forEach(WebSocket::abort);
        long count = received.get();
        long[] measured = Arrays.copyOf(latencies, (int) Math.min(count, expected));
        Arrays.sort(measured);
        Result result = new Result(count / seconds, expected - count, percentile(measured, 0.50),
                percentile(measured, 0.99), measured.length == 0 ? Double.NaN : measured[measured.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  %-34s %-10s %8.0f utt/s  p50 %7.2f ms  p99 %8.2f ms  max %8.2f ms"
                + "%s%n", setup.name(), phase, result.utterancesPerSecond(), result.p50Ms(), result.p99Ms(),
                result.maxMs(), complete ? "" : "  (" + result.lost() + " not received)");
        Thread.sleep(1000); // let the servers notice the closed connections
        return result;
    }

    private static Object produce(WebSocket producer, int utterances, double rate, long firstAtNanos)
            throws InterruptedException {
        for (int u = 0; u < utterances; u++) {
            if (rate > 0) {
                long wait = firstAtNanos + (long) (u * 1e9 / rate) - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
            }
            String speaker = u % 2 == 0 ? "Agent" : "Customer";
            producer.sendText("{\"speaker\":\"" + speaker + "\",\"text\":\"t" + System.nanoTime() + " "
                    + LINES[u % LINES.length] + "\"}", true).join();
        }
        return null;
    }

    private static WebSocket connect(int port, String path, String token, WebSocket.Listener listener) {
        return HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path + (path.contains("?") ? "&" : "?")
                        + "token=" + token), listener).join();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void report(List<Setup> setups, List<Result[]> results, double rate) {
        Result[] base = results.getFirst();
        System.out.println();
        System.out.println("| setup | utterances/s (back to back) | vs baseline | p50 ms at " + rate
                + "/s per call | p99 ms | p99 vs baseline | p99 ms back to back |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 0; i < setups.size(); i++) {
            Result[] r = results.get(i);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.2fx | %.2f | %.2f | %.2fx | %.1f |%n", setups.get(i).name(),
                    r[0].utterancesPerSecond(), r[0].utterancesPerSecond() / base[0].utterancesPerSecond(),
                    r[1].p50Ms(), r[1].p99Ms(), r[1].p99Ms() / base[1].p99Ms(), r[0].p99Ms());
        }
    }

    /** Reads every message (so the server never holds replies for it) and ignores them. */
    private static class DrainingListener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            webSocket.request(1);
            return null;
        }
    }

    /** Times each utterance message from the send time its producer wrote into the text. */
    private static final class SubscriberListener extends DrainingListener {
        private final long[] latencies;
        private final AtomicLong received;
        private final CountDownLatch done;
        private final StringBuilder partial = new StringBuilder();

        SubscriberListener(long[] latencies, AtomicLong received, CountDownLatch done) {
            this.latencies = latencies;
            this.received = received;
            this.done = done;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                int at = message.indexOf("\"text\":\"t");
                if (message.startsWith("{\"type\":\"utterance\"") && at > 0) {
                    int from = at + 9;
                    long sent = Long.parseLong(message, from, message.indexOf(' ', from), 10);
                    long index = received.getAndIncrement();
                    if (index < latencies.length) {
                        latencies[(int) index] = now - sent;
                        done.countDown();
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
