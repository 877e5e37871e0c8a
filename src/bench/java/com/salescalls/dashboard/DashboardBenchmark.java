package com.salescalls.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.SalesCallsApplication;
import com.salescalls.similarity.SearchPathBenchmark;
import com.salescalls.similarity.VectorIndexBenchmark;

/**
 * "The Team and Call pages render within 1 s on localhost with 10,000 calls" (issue 15): fills a database of its
 * own with generated analysed calls ({@link SearchPathBenchmark#createFilled}, COPY; start times in the 90 days
 * before now), starts the application on it, rebuilds the rollups through the API, then loads each page in
 * Debian's headless Chromium ({@link Chromium}, as the browser tests) from a blank tab, and times from the
 * navigation's start ({@code performance.now()}) until the page's content is on it: the Team page's leaderboard
 * rows and its three charts drawn, the Call page's transcript turns, timeline chart, five metric bands, three
 * nudges and similar calls, and no loading indicator left. Baselines of the same run: the JSON requests each
 * page makes, one at a time over HTTP, and the sign-in page (the shell without data). Run by
 * {@code bench/dashboard.sh calls=10000 loads=30}.
 */
final class DashboardBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "bench-admin";
    private static final String PASSWORD = "bench-admin-password-1";
    private static final List<String> TEAM_READY = List.of("#leaderboard tbody tr",
            "#chart-sentiment[data-chart-ready] canvas", "#chart-talk[data-chart-ready] canvas",
            "#chart-weekly[data-chart-ready] canvas");
    private static final List<String> CALL_READY = List.of("#transcript .turn", "#chart-timeline[data-chart-ready] canvas",
            "#metrics .band-row:nth-child(5)", "#nudges .nudge:nth-of-type(3)", "#similar li, #similar .empty");
    private static final List<String> SIGNIN_READY = List.of("#signin-form");

    /**
     * Polls (every 5 ms, in the page) until every selector matches and no loading indicator is left: the time since
     * the navigation started, or what is missing after 20 s.
     */
    private static final String AWAIT_RENDERED = """
            const selectors = arguments[0], done = arguments[arguments.length - 1];
            const deadline = performance.now() + 20000;
            (function check() {
                const missing = selectors.filter(s => !document.querySelector(s));
                if (document.querySelector('main .loading')) missing.push('main .loading gone');
                if (missing.length === 0) done(performance.now());
                else if (performance.now() > deadline) done('missing ' + missing.join(', '));
                else setTimeout(check, 5);
            })();""";

    /** Where the last load's time went: when the HTML, the own modules, ECharts and the API requests had arrived. */
    private static final String WATERFALL = """
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource');
            const end = f => Math.round(Math.max(0, ...res.filter(f).map(r => r.responseEnd)));
            const count = f => res.filter(f).length;
            const api = r => r.name.includes('/api/') || r.name.includes('/auth/');
            const own = r => r.name.includes('/app/js/') || r.name.endsWith('.css');
            return `html ${Math.round(nav.responseEnd)} ms, ${count(own)} own modules/css by ${end(own)} ms, `
                + `echarts by ${end(r => r.name.includes('echarts'))} ms, ${count(api)} API requests by ${end(api)} ms`;""";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = VectorIndexBenchmark.options(args);
        int calls = Integer.parseInt(options.getOrDefault("calls", "10000"));
        int loads = Integer.parseInt(options.getOrDefault("loads", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        Path work = Path.of(options.getOrDefault("dir", "target/bench"));
        String database = "salescalls_bench_dashboard_" + calls;
        System.out.printf("load average at start: %s%n", loadAverage());
        Instant now = Instant.now();
        SearchPathBenchmark.createFilled(database, calls, 200, work, now);
        Path data = work.resolve("dashboard-data");
        Path index = work.resolve("dashboard-index-" + calls);
        org.springframework.util.FileSystemUtils.deleteRecursively(index);
        org.springframework.util.FileSystemUtils.deleteRecursively(data);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SalesCallsApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--app.generator.demo-calls=0",
                "--app.platform.database-url=postgresql://postgres@127.0.0.1:5432/" + database,
                "--app.platform.data-dir=" + data, "--app.similarity.index-dir=" + index,
                "--app.identity.jwt-secret=benchmark-secret-that-is-long-enough-0123456789",
                "--app.identity.admin-username=" + ADMIN, "--app.identity.admin-password=" + PASSWORD,
                "--logging.level.root=WARN")) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            DashboardBenchmark bench = new DashboardBenchmark(base, calls);
            bench.prepare();
            try (Chromium browser = Chromium.start(base)) {
                browser.signIn(ADMIN, PASSWORD);
                bench.measureAll(browser, warmup, loads, now);
            }
        } finally {
            if (!"true".equals(options.get("keep"))) {
                SearchPathBenchmark.dropDatabase(database);
            }
        }
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final int calls;
    private String token;

    private DashboardBenchmark(String base, int calls) {
        this.base = base;
        this.calls = calls;
    }

    /** Waits for readiness (the index caught up), signs in and rebuilds the rollups the Team page reads. */
    private void prepare() throws Exception {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(base + "/health/ready")));
            if (ready.statusCode() == 200 && "current".equals(JSON.readTree(ready.body()).path("components")
                    .path("index").path("details").path("state").asString())) {
                break;
            }
            Thread.sleep(200);
        }
        System.out.printf("ready, index caught up with %,d calls in %.1f s%n", calls, (System.nanoTime() - start) / 1e9);
        token = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + PASSWORD))).body())
                .get("access_token").asString();
        start = System.nanoTime();
        String job = JSON.readTree(get("/api/v1/analytics/recalculate", "POST")).get("job_id").asString();
        String state;
        do {
            Thread.sleep(200);
            state = JSON.readTree(get("/api/v1/jobs/" + job, "GET")).get("state").asString();
        } while (state.equals("queued") || state.equals("running"));
        if (!state.equals("succeeded")) {
            throw new IllegalStateException("the recalculation " + state);
        }
        JsonNode board = JSON.readTree(get("/api/v1/analytics/agents", "GET"));
        System.out.printf("rollups rebuilt in %.1f s: %d agents on the leaderboard%n",
                (System.nanoTime() - start) / 1e9, board.get("agents").size());
    }

    private void measureAll(Chromium browser, int warmup, int loads, Instant now) {
        System.out.println("what (" + loads + " loads after " + warmup + " warm-up)      p50 ms   p99 ms    max ms");
        IntFunction<String> callId = i -> String.format("CALL_%08d", Math.floorMod(i * 7919L, calls) + 1);
        IntFunction<String> range = i -> "?from=" + LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(20 + i % 60);
        timeApi("API: leaderboard (cached after the first)", warmup, loads, i -> "/api/v1/analytics/agents");
        timeApi("API: leaderboard, another range each time", warmup, loads, i -> "/api/v1/analytics/agents?from_date="
                + range.apply(i + 1000).substring("?from=".length()));
        timeApi("API: call detail + recommendations", warmup, loads, i -> "/api/v1/calls/" + callId.apply(i + 1000),
                i -> "/api/v1/calls/" + callId.apply(i + 1000) + "/recommendations");
        timePage(browser, "page: sign-in (the shell, no data)", warmup, loads, i -> "", SIGNIN_READY, true);
        timePage(browser, "page: Team, all time", warmup, loads, i -> "#/team", TEAM_READY, false);
        timePage(browser, "page: Team, another range each time", warmup, loads, i -> "#/team" + range.apply(i),
                TEAM_READY, false);
        timePage(browser, "page: Call, another call each time", warmup, loads, i -> "#/call/" + callId.apply(i),
                CALL_READY, false);
    }

    private void timePage(Chromium browser, String name, int warmup, int loads, IntFunction<String> route,
            List<String> ready, boolean signedOut) {
        double[] millis = new double[loads];
        for (int i = -warmup; i < loads; i++) {
            if (signedOut) {
                browser.script("sessionStorage.clear()");
            }
            browser.driver().get("about:blank"); // the next load is a whole new document
            browser.driver().get(base + "/app/" + route.apply(i));
            Object at = browser.driver().executeAsyncScript(AWAIT_RENDERED, ready);
            if (!(at instanceof Number rendered)) {
                throw new IllegalStateException(name + ": not rendered within 20 s (" + route.apply(i) + "): " + at);
            }
            if (i >= 0) {
                millis[i] = rendered.doubleValue();
            }
        }
        System.out.println("  last load: " + browser.script(WATERFALL));
        List<String> errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException(name + ": console errors " + errors);
        }
        print(name, millis);
        if (signedOut) {
            browser.signIn(ADMIN, PASSWORD);
        }
    }

    @SafeVarargs
    private void timeApi(String name, int warmup, int loads, IntFunction<String>... paths) {
        double[] millis = new double[loads];
        for (int i = -warmup; i < loads; i++) {
            long start = System.nanoTime();
            for (IntFunction<String> path : paths) {
                get(path.apply(i), "GET");
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        print(name, millis);
    }

    private static void print(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-42s %7.0f  %7.0f  %8.0f%n", name, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
    }

    private String get(String path, String method) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws java.io.IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
