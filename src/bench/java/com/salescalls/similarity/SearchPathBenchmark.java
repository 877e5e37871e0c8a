package com.salescalls.similarity;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.salescalls.SalesCallsApplication;
import com.salescalls.calls.CallFeed;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.insights.BenchmarkMetrics;
import com.salescalls.insights.ConversationMetrics;

/**
 * The HTTP paths at scale: fills a database of its own ({@code salescalls_bench_similarity} on the test
 * PostgreSQL) with generated calls whose embeddings are derived from real ones ({@link BenchmarkVectors}),
 * starts the application on it (its index catches up from PostgreSQL, timed), then measures over real HTTP
 * from the same JVM: recommendations, and search in each mode, latency p50/p99 one request at a time and
 * requests per second with {@code threads} clients; the calls list is the baseline of the same run. Run by
 * {@code bench/similarity.sh search calls=100000}.
 */
public final class SearchPathBenchmark {

    // as the application stores metrics (spring.jackson.property-naming-strategy)
    static final JsonMapper JSON = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String DATABASE = "salescalls_bench_similarity";
    static final String ADMIN = "bench-admin";
    static final String ADMIN_PASSWORD = "bench-admin-password-1";
    static final List<String> QUERIES = List.of("pricing is too expensive for our budget",
            "integration with our CRM", "security review and compliance", "contract renewal next quarter",
            "competitor offered a discount", "customer is happy with the demo", "timing is not right for us",
            "who signs off on the purchase", "send over a proposal", "onboarding the whole team");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = VectorIndexBenchmark.options(args);
        int calls = Integer.parseInt(options.getOrDefault("calls", "100000"));
        int requests = Integer.parseInt(options.getOrDefault("queries", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        boolean reuse = "true".equals(options.get("reuse"));
        Path work = Path.of(options.getOrDefault("dir", "target/bench"));
        String database = DATABASE + "_" + calls;
        List<float[]> real = BenchmarkVectors.real(2000, work.resolve("real-2000.bin"));
        if (reuse && storedCalls(database) == calls) {
            System.out.printf("reusing the %,d calls of %s%n", calls, database);
        } else {
            createFilled(database, calls, real, BenchmarkVectors.ANCHOR);
        }
        printSizes(database);
        Path indexDir = work.resolve("app-index-" + calls);
        if (!(reuse && "true".equals(options.get("keepindex")))) {
            VectorIndexBenchmark.deleteRecursively(indexDir);
        }
        // snapshotdir= on another file system (e.g. /dev/shm) has the snapshot copied rather than hard-linked
        Path snapshots = "true".equals(options.get("snapshot"))
                ? Path.of(options.getOrDefault("snapshotdir", work.resolve("snapshots-" + calls).toString())) : null;
        if (snapshots != null) {
            VectorIndexBenchmark.deleteRecursively(snapshots);
        }
        String vectors = options.getOrDefault("vectors", "int8"); // the product's default
        long starting = System.nanoTime();
        ConfigurableApplicationContext app = start(database, work, indexDir, snapshots, vectors);
        System.out.printf("application context started in %.1f s%n", (System.nanoTime() - starting) / 1e9);
        try {
            awaitCaughtUp(app, calls, "index caught up from PostgreSQL", starting, real);
            if (snapshots != null) {
                app = fromSnapshot(app, database, work, calls, snapshots, vectors, real);
            }
            if ("false".equals(options.get("measure"))) {
                return;
            }
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            System.out.println("load average at start of the measurements: " + loadAverage());
            new SearchPathBenchmark(port, requests, threads, calls, busiestAgent(database), lastMonth(database))
                    .measureAll(app.getBean(SimilarCalls.class), real);
            System.out.println("load average at the end: " + loadAverage());
            System.out.printf("application heap in use after GC %d MB, resident memory %s (after the measurements)%n",
                    VectorIndexBenchmark.usedHeapAfterGc() >> 20, resident());
            System.out.println("index in the page cache (mapped or read): " + pageCache(
                    app.getBean(SimilarityProperties.class).indexDir()));
        } finally {
            app.close();
            if (!"true".equals(options.get("keep"))) {
                dropDatabase(database);
            }
        }
    }

    /**
     * The application on the database with the given index folder (and snapshot folder, or none), its graph built
     * and searched with {@code vectors} (float32, int8 or binary).
     */
    static ConfigurableApplicationContext start(String database, Path work, Path indexDir, @Nullable Path snapshots,
            String vectors) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--app.generator.demo-calls=0",
                "--app.platform.database-url=postgresql://postgres@127.0.0.1:5432/" + database,
                "--app.platform.data-dir=" + work.resolve("app-data"),
                "--app.identity.jwt-secret=benchmark-secret-that-is-long-enough-0123456789",
                "--app.identity.admin-username=" + ADMIN, "--app.identity.admin-password=" + ADMIN_PASSWORD,
                "--app.similarity.index-dir=" + indexDir, "--app.similarity.vectors=" + vectors,
                "--logging.level.root=WARN"));
        if (snapshots != null) {
            // published soon after the merge that follows the catch-up, rather than after ten minutes
            args.add("--app.similarity.snapshot-dir=" + snapshots);
            args.add("--app.similarity.snapshot-interval=15s");
        }
        // command-line arguments, so that they win over application.yml's environment placeholders
        return new SpringApplicationBuilder(SalesCallsApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * Waits until the index holds every call and /health says current, printing /health's line every 30 s; where it
     * first says "current, graphs building" (a rebuild's segments searched by exact scans until the merge after it
     * has built their graphs), times a few similar-call queries then, and says when the graphs were built.
     */
    static void awaitCaughtUp(ConfigurableApplicationContext app, int calls, String what, long since,
            List<float[]> real) throws Exception {
        IndexService index = app.getBean(IndexService.class);
        IndexHealth health = app.getBean(IndexHealth.class);
        SimilarityProperties settings = app.getBean(SimilarityProperties.class);
        CallFeed feed = app.getBean(CallFeed.class);
        long reported = 0;
        boolean searchable = false;
        while (true) {
            Thread.sleep(100);
            // /health counts the calls after the watermark in PostgreSQL: asked only once the cheap checks pass,
            // so that the polling itself does not load the database the rebuild reads from
            if (index.watermark() >= feed.highestSeq() && index.size() >= calls) {
                String state = health.describe();
                if (!searchable && state.startsWith("current")) {
                    searchable = true;
                    System.out.printf("%s, every call searchable (similar calls by exact scans, graphs building): "
                            + "%,d calls in %.1f s (%d segments)%n", what, calls, (System.nanoTime() - since) / 1e9,
                            index.segments());
                    SimilarCalls similar = app.getBean(SimilarCalls.class);
                    long[] took = new long[20];
                    for (int i = 0; i < took.length; i++) {
                        long t = System.nanoTime();
                        similar.similarTo("none", BenchmarkVectors.derived(real, 3, i), 5, null);
                        took[i] = System.nanoTime() - t;
                    }
                    java.util.Arrays.sort(took);
                    System.out.printf("  vector query by exact scans while the graphs build (20 queries, in JVM): "
                            + "p50 %.1f ms, max %.1f ms%n", took[10] / 1e6, took[19] / 1e6);
                }
                if ("current".equals(state)) {
                    break;
                }
            }
            if (System.nanoTime() - since > reported + 30_000_000_000L) {
                reported += 30_000_000_000L;
                System.out.printf("  after %.0f s /health says index: \"%s\"%n", (System.nanoTime() - since) / 1e9,
                        health.describe());
            }
        }
        System.out.printf("%s: %,d calls in %.1f s (%d indexing threads, %s, %d segments)%n", what, calls,
                (System.nanoTime() - since) / 1e9, settings.indexThreads(),
                VectorIndexBenchmark.name(settings.vectors()) + " vectors", index.segments());
        System.out.printf("application heap in use after GC %d MB, resident memory %s, index on disk %s%n",
                VectorIndexBenchmark.usedHeapAfterGc() >> 20, resident(),
                VectorIndexBenchmark.diskUsage(settings.indexDir()));
    }

    /**
     * Waits for the running instance to publish its snapshot, stops it, and times a new instance (an empty index
     * folder, the same snapshot folder) from the start of its application context until its index is current.
     */
    static ConfigurableApplicationContext fromSnapshot(ConfigurableApplicationContext first, String database,
            Path work, int calls, Path snapshots, String vectors, List<float[]> real) throws Exception {
        IndexService index = first.getBean(IndexService.class);
        long waiting = System.nanoTime();
        System.out.printf("%d segments when caught up%n", index.segments());
        while (!index.snapshotCurrent()) {
            Thread.sleep(100);
        }
        Path latest = snapshots.resolve(java.nio.file.Files.readString(snapshots.resolve("latest")).strip());
        System.out.printf("merged down, committed and published as %s after %.1f s more: %s%n", latest,
                (System.nanoTime() - waiting) / 1e9, VectorIndexBenchmark.diskUsage(latest));
        first.close();
        Path fresh = work.resolve("app-index-" + calls + "-new");
        VectorIndexBenchmark.deleteRecursively(fresh);
        long started = System.nanoTime();
        ConfigurableApplicationContext second = start(database, work, fresh, snapshots, vectors);
        System.out.printf("new instance: application context started in %.1f s, index restored up to analysis %,d%n",
                (System.nanoTime() - started) / 1e9, second.getBean(IndexService.class).restoredWatermark());
        awaitCaughtUp(second, calls, "new instance serving from the snapshot", started, real);
        System.out.printf("new instance: %d segments%n", second.getBean(IndexService.class).segments());
        return second;
    }

    /**
     * Makes {@code database} afresh on the test PostgreSQL, migrated, with {@code calls} generated analysed calls
     * whose start times fall in the 90 days before {@code anchor}, their embeddings derived from {@code realVectors}
     * real ones (embedded once, cached under {@code work}). For the benchmarks of other modules.
     */
    public static void createFilled(String database, int calls, int realVectors, Path work, Instant anchor)
            throws Exception {
        createFilled(database, calls, BenchmarkVectors.real(realVectors, work.resolve("real-" + realVectors + ".bin")),
                anchor);
    }

    private static void createFilled(String database, int calls, List<float[]> real, Instant anchor) throws Exception {
        dropDatabase(database);
        execute(SERVER, "CREATE DATABASE " + database);
        Flyway.configure().dataSource(url(database), "postgres", "").locations("classpath:db/migration").load()
                .migrate();
        long fill = System.nanoTime();
        fill(url(database), calls, real, anchor);
        System.out.printf("stored %,d calls in %.1f s%n", calls, (System.nanoTime() - fill) / 1e9);
    }

    public static void dropDatabase(String database) throws Exception {
        execute(SERVER, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Resident memory: the total, then the anonymous part (heap, code, threads) and the mapped files (the index). */
    static String resident() throws java.io.IOException {
        List<String> status = java.nio.file.Files.readAllLines(Path.of("/proc/self/status"));
        return String.format("%d MB (anonymous %d MB, mapped files %d MB, heap committed %d MB)",
                status(status, "VmRSS:") >> 20, status(status, "RssAnon:") >> 20, status(status, "RssFile:") >> 20,
                Runtime.getRuntime().totalMemory() >> 20);
    }

    /**
     * How much of the index folder's files the kernel's page cache holds (util-linux's fincore), in all and for the
     * float32 vectors alone: a file that is read rather than mapped is cached there without counting in the
     * instance's resident memory.
     */
    static String pageCache(Path indexDir) throws Exception {
        List<String> files;
        try (var listing = java.nio.file.Files.list(indexDir)) {
            files = listing.filter(java.nio.file.Files::isRegularFile).map(Path::toString).toList();
        }
        List<String> command = new ArrayList<>(List.of("fincore", "--bytes", "--noheadings", "--output", "RES,FILE"));
        command.addAll(files);
        Process fincore = new ProcessBuilder(command).redirectErrorStream(true).start();
        long all = 0;
        long floats = 0;
        for (String line : new String(fincore.getInputStream().readAllBytes()).strip().split("\n")) {
            String[] fields = line.strip().split("\\s+", 2);
            if (fields.length == 2 && fields[0].matches("\\d+")) {
                long bytes = Long.parseLong(fields[0]);
                all += bytes;
                floats += fields[1].endsWith(".vec") ? bytes : 0;
            }
        }
        fincore.waitFor();
        return String.format("%d MB, of which float32 vectors %d MB", all >> 20, floats >> 20);
    }

    private static long status(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
    }

    static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /**
     * The from_date/to_date of the 30 days up to the newest call, for the date-filtered paths: the generated calls
     * lie in a past quarter, so a window relative to today would match none of them.
     */
    static String lastMonth(String database) throws Exception {
        return firstRow(database, "SELECT d - 30, d, (SELECT count(*) FROM calls WHERE start_time >= d - 30 "
                + "AND start_time < d + 1) FROM (SELECT max(start_time)::date AS d FROM calls) newest", month -> {
                    System.out.printf("dates filtered to %s .. %s: %,d calls%n", month.getString(1),
                            month.getString(2), month.getLong(3));
                    return "&from_date=" + month.getString(1) + "&to_date=" + month.getString(2);
                });
    }

    /** The agent with the most calls, for the filtered and agent-scoped paths. */
    static String busiestAgent(String database) throws Exception {
        return firstRow(database, "SELECT agent_id, count(*) FROM calls GROUP BY agent_id ORDER BY count(*) DESC "
                + "LIMIT 1", agent -> {
                    System.out.printf("busiest agent %s: %,d calls%n", agent.getString(1), agent.getLong(2));
                    return agent.getString(1);
                });
    }

    interface Row<T> {
        T read(ResultSet row) throws java.sql.SQLException;
    }

    static <T> T firstRow(String database, String sql, Row<T> reading) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(database));
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return reading.read(row);
        }
    }

    static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database + "?user=postgres";
    }

    static long storedCalls(String database) throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER);
             var exists = server.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                return -1;
            }
        }
        try (Connection connection = DriverManager.getConnection(url(database));
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM calls WHERE analyzed_seq IS NOT NULL")) {
            count.next();
            return count.getLong(1);
        }
    }

    static void printSizes(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(database));
             Statement statement = connection.createStatement();
             ResultSet sizes = statement.executeQuery("SELECT pg_size_pretty(pg_relation_size('calls')), "
                     + "pg_size_pretty(pg_total_relation_size('calls')), "
                     + "pg_size_pretty(pg_relation_size('calls_search_vector_idx'))")) {
            sizes.next();
            System.out.printf("calls: heap %s, with TOAST and indexes %s, full-text index %s%n", sizes.getString(1),
                    sizes.getString(2), sizes.getString(3));
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final int requests;
    private final int threads;
    private final int calls;
    private final String token;
    private final String agent;
    private final String month;
    private final String agentToken;
    private String as;

    SearchPathBenchmark(int port, int requests, int threads, int calls, String agent, String month)
            throws Exception {
        this.base = "http://127.0.0.1:" + port;
        this.requests = requests;
        this.threads = threads;
        this.calls = calls;
        this.agent = agent;
        this.month = month;
        this.token = tokenFor("bench");
        // an agent user sees its own calls only: the scope is part of every query
        String bench = tokenFor("bench-agent");
        String admin = login(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> patched = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/admin/users/bench-agent")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"agent\",\"agent_id\":\"" + agent
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (patched.statusCode() != 200) {
            throw new IllegalStateException("making bench-agent an agent: " + patched.body() + " " + bench.length());
        }
        this.agentToken = login("bench-agent", "bench-pass-1");
        this.as = token;
    }

    private String tokenFor(String user) throws Exception {
        send("/auth/register", "{\"username\":\"" + user + "\",\"email\":\"" + user
                + "@example.com\",\"password\":\"bench-pass-1\"}");
        return login(user, "bench-pass-1");
    }

    private String login(String user, String password) throws Exception {
        String login = send("/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        return login.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    void measureAll(SimilarCalls similar, List<float[]> real) {
        System.out.println("path                                   p50 ms   p99 ms   req/s(" + threads
                + " clients)   p50 vs list");
        double list = measure("GET /api/v1/calls (baseline)", i -> "/api/v1/calls?limit=10&offset=" + (i % 50) * 10, 0);
        measure("list first page", i -> "/api/v1/calls?limit=10", list);
        measure("list agent_id", i -> "/api/v1/calls?limit=10&agent_id=" + agent, list);
        measure("list from/to_date", i -> "/api/v1/calls?limit=10" + month, list);
        measure("list min_sentiment=0.5", i -> "/api/v1/calls?limit=10&min_sentiment=0.5", list);
        measure("list sort=-customer_sentiment_score", i -> "/api/v1/calls?limit=10&sort=-customer_sentiment_score",
                list);
        measure("list offset 10,000", i -> "/api/v1/calls?limit=10&offset=" + (10_000 + (i % 50) * 10), list);
        List<String> deep = cursorsFrom("/api/v1/calls?limit=10", 1_000, 50);
        measure("list cursor 10,000 deep", i -> "/api/v1/calls?limit=10&cursor=" + deep.get(i % deep.size()), list);
        List<String> deepAgent = cursorsFrom("/api/v1/calls?limit=10&agent_id=" + agent, 1_000, 50);
        if (!deepAgent.isEmpty()) {
            measure("list agent_id cursor 10,000 deep", i -> "/api/v1/calls?limit=10&agent_id=" + agent
                    + "&cursor=" + deepAgent.get(i % deepAgent.size()), list);
        }
        measure("vector query alone (in JVM)", null, list, i -> similar.similarTo("none",
                BenchmarkVectors.derived(real, 3, i), 5, null));
        measure("recommendations", i -> "/api/v1/calls/" + callId(i * 7919L % calls) + "/recommendations", list);
        for (String mode : List.of("keyword", "semantic", "hybrid")) {
            measure("search mode=" + mode, i -> "/api/v1/search?mode=" + mode + "&limit=10&q=" + query(i), list);
        }
        measure("search keyword + agent/date/sentiment", i -> "/api/v1/search?mode=keyword&limit=10&q=" + query(i)
                + "&agent_id=" + agent + month + "&min_sentiment=-0.5", list);
        measure("search keyword + from/to_date", i -> "/api/v1/search?mode=keyword&limit=10&q=" + query(i) + month,
                list);
        measure("GET /api/v1/calls?q= (relevance)", i -> "/api/v1/calls?limit=10&q=" + query(i), list);
        as = agentToken;
        measure("agent user: search mode=keyword", i -> "/api/v1/search?mode=keyword&limit=10&q=" + query(i), list);
        measure("agent user: search mode=hybrid", i -> "/api/v1/search?mode=hybrid&limit=10&q=" + query(i), list);
        measure("agent user: GET /api/v1/calls", i -> "/api/v1/calls?limit=10", list);
        as = token;
    }

    private static String query(int i) {
        return URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
    }

    /** The next_cursor of each of {@code count} pages after the first {@code skip} pages of {@code path}. */
    private List<String> cursorsFrom(String path, int skip, int count) {
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < skip + count; page++) {
            String body = get(path + (cursor == null ? "" : "&cursor=" + cursor));
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next_cursor\":\"([^\"]+)\"")
                    .matcher(body);
            if (!next.find()) {
                return cursors;
            }
            cursor = next.group(1);
            if (page >= skip - 1 && cursors.size() < count) {
                cursors.add(cursor);
            }
        }
        return cursors;
    }

    static String callId(long index) {
        return String.format("CALL_%08d", index + 1);
    }

    double measure(String name, IntFunction<String> path, double baseline) {
        return measure(name, path, baseline, null);
    }

    double measure(String name, IntFunction<String> path, double baseline, IntFunction<Object> inProcess) {
        IntFunction<Object> call = inProcess != null ? inProcess : i -> get(path.apply(i));
        // warm-up: at least 50 requests and 2 s, so that the path is compiled and the index pages it reads are
        // mapped before the timing, as on an instance that has been serving for a while
        long warm = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < Math.min(50, requests) || System.nanoTime() < warm; i++) {
            call.apply(i + 100_000);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call.apply(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + 5_000_000_000L;
        long start = System.nanoTime();
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int i = t; System.nanoTime() < end; i += threads) {
                call.apply(i + 200_000);
                done.incrementAndGet();
            }
        });
        double rate = done.get() / ((System.nanoTime() - start) / 1e9);
        double p50 = nanos[requests / 2] / 1e6;
        double p99 = nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6;
        System.out.printf(Locale.ROOT, "%-38s %7.2f  %7.2f  %12.0f        %s%n", name, p50, p99, rate,
                baseline == 0 ? "1.00x" : String.format(Locale.ROOT, "%.2fx", p50 / baseline));
        return p50;
    }

    String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + as).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String send(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Bulk-loads generated calls as analysed rows with {@code COPY}, embeddings derived from real ones. The
     * secondary indexes are dropped first and built again at the end (far faster than keeping the GIN index up to
     * date row by row), and the next chunk is generated and scored while PostgreSQL copies the previous one.
     */
    static void fill(String url, int calls, List<float[]> real, Instant anchor) throws Exception {
        CallGenerator generator = new CallGenerator(5, anchor);
        ExecutorService copier = Executors.newSingleThreadExecutor();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes "
                    + "WHERE tablename = 'calls' AND indexname <> 'calls_pkey'")) {
                while (found.next()) {
                    indexes.add(found.getString(2));
                    statement.addBatch("DROP INDEX " + found.getString(1));
                }
            }
            statement.executeBatch();
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Future<?> inFlight = CompletableFuture.completedFuture(null);
            for (int first = 0; first < calls; first += 2000) {
                // each call depends only on its number, so a chunk is generated in parallel
                String rows = generator.stream(first + 1).limit(Math.min(2000, calls - first)).parallel()
                        .map(call -> row(call, real))
                        .collect(Collectors.joining());
                inFlight.get();
                inFlight = copier.submit(() -> copy.copyIn("COPY calls (call_id, agent_id, customer_id, language, "
                        + "start_time, duration_seconds, transcript, customer_sentiment_score, agent_talk_ratio, metrics, embedding, "
                        + "analysis_status, analysis_version, analysis_count, analyzed_seq) FROM STDIN",
                        new StringReader(rows)));
            }
            inFlight.get();
            statement.execute("SELECT setval('calls_analyzed_seq', " + calls + ")");
            statement.execute("SET maintenance_work_mem = '2GB'");
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("VACUUM ANALYZE calls");
        } finally {
            copier.shutdown();
        }
    }

    private static String row(GeneratedCall call, List<float[]> real) {
        int index = Integer.parseInt(call.callId().substring("CALL_".length())) - 1;
        ConversationMetrics metrics = BenchmarkMetrics.of(call.transcript(), call.durationSeconds());
        Double score = metrics.sentiment().customer();
        Double talkRatio = metrics.talkRatio().byWords();
        float[] v = BenchmarkVectors.derived(real, 1, index);
        StringBuilder row = new StringBuilder(12_000).append(call.callId()).append('\t').append(call.agentId())
                .append('\t').append(call.customerId()).append('\t').append(call.language()).append('\t')
                .append(call.startTime()).append('\t').append(call.durationSeconds()).append('\t')
                .append(escape(call.transcript())).append('\t').append(score == null ? "\\N" : score.toString())
                .append('\t').append(talkRatio == null ? "\\N" : talkRatio.toString()).append('\t')
                .append(escape(JSON.writeValueAsString(metrics))).append("\t{");
        for (int d = 0; d < v.length; d++) {
            row.append(d == 0 ? "" : ",").append(v[d]);
        }
        return row.append("}\tanalyzed\t").append(AnalyzerVersion.CURRENT).append("\t1\t").append(index + 1)
                .append('\n').toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
