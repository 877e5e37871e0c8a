package com.salescalls.analytics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.salescalls.SalesCallsApplication;
import com.salescalls.support.TestIndex;
import com.salescalls.support.TestRedis;

/**
 * The analytics benchmark (run by {@code bench/analytics.sh}): the application's own code on a database of N
 * calls, measuring the leaderboard from the rollups against the same figures from a GROUP BY over the calls (the
 * baseline), a cached leaderboard against an uncached one, and the nightly full recalculation.
 */
public final class AnalyticsBenchmark {

    private static final String SERVER = System.getenv().getOrDefault("TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // "redis": cache in a redis-server of our own (started here, stopped at exit) instead of in-process
        boolean redis = args.length > 2 && args[2].equals("redis");
        String database = "salescalls_bench_" + ProcessHandle.current().pid();
        execute("CREATE DATABASE " + database);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SalesCallsApplication.class)
                .web(WebApplicationType.NONE)
                // arguments, not default properties: application.yml's ${DATABASE_URL:} would override those
                .run("--app.platform.database-url=" + SERVER.replaceFirst("/postgres\\?", "/" + database + "?"),
                        "--app.generator.demo-calls=0", "--app.scheduler.enabled=false", "--" + TestIndex.PROPERTY,
                        "--app.identity.jwt-secret=benchmark-secret-that-is-long-enough-0123456789",
                        "--logging.level.root=WARN",
                        "--app.platform.redis-url=" + (redis ? TestRedis.url() : ""))) {
            run(context, calls, runs, redis ? "Redis" : "in-process");
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void run(ConfigurableApplicationContext context, int calls, int runs, String cache) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        RollupService rollupService = context.getBean(RollupService.class);
        RollupRepository rollups = context.getBean(RollupRepository.class);
        AnalyticsCalculator calculator = context.getBean(AnalyticsCalculator.class);
        System.out.printf("machine: %d cores, load average %.1f; %s%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));

        long started = System.nanoTime();
        BenchmarkData.insert(jdbc, calls);
        System.out.printf("inserted %,d calls (%d agents, 365 days) in %.1f s%n", calls, BenchmarkData.AGENTS,
                (System.nanoTime() - started) / 1e9);

        // the first rebuild writes every row; later ones find them right (the nightly case) and write only changes
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            RollupService.Rebuilt rebuilt = rollupService.rebuildAll();
            System.out.printf("nightly recalculation %d: %,d agent-day rows from %,d calls, %,d changed, %.0f ms%n",
                    i + 1, rebuilt.agentDays(), rebuilt.calls(), rebuilt.changed(), (System.nanoTime() - t) / 1e6);
        }

        LeaderboardQueries baseline = new LeaderboardQueries(jdbc);
        for (DateRange range : List.of(DateRange.ALL, new DateRange(LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 22)))) {
            String label = range.from() == null ? "all time" : "last 30 days";
            List<AgentStanding> fromRollups = AnalyticsCalculator.standings(rollups.byAgent(range));
            List<AgentStanding> fromCalls = AnalyticsCalculator.standings(baseline.byAgent(range));
            System.out.printf("%s: %d agents, rollups and GROUP BY agree: %s%n", label, fromRollups.size(),
                    agree(fromRollups, fromCalls));
            Stats groupBy = time(Math.max(5, runs / 20), () -> AnalyticsCalculator.standings(baseline.byAgent(range)));
            Stats rollup = time(runs, () -> AnalyticsCalculator.standings(rollups.byAgent(range)));
            calculator.leaderboard(range);
            Stats cached = time(runs * 10, () -> calculator.leaderboard(range));
            System.out.printf("  GROUP BY on calls (baseline) %s%n", groupBy);
            System.out.printf("  from rollups, uncached       %s   p50 %.0fx faster than baseline%n", rollup,
                    groupBy.p50 / rollup.p50);
            System.out.printf("  cached (%-10s)           %s   p50 %.0fx faster than uncached%n", cache, cached,
                    rollup.p50 / cached.p50);
        }
    }

    private static boolean agree(List<AgentStanding> a, List<AgentStanding> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            for (Figure figure : Figure.values()) {
                Double x = figure.of(a.get(i).figures());
                Double y = figure.of(b.get(i).figures());
                if (!a.get(i).agentId().equals(b.get(i).agentId()) || (x == null) != (y == null)
                        || x != null && Math.abs(x - y) > 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }

    record Stats(int runs, double p50, double p99) {
        @Override
        public String toString() {
            return "p50 %9.3f ms  p99 %9.3f ms  (%d runs)".formatted(p50, p99, runs);
        }
    }

    private static Stats time(int runs, Supplier<?> work) {
        for (int i = 0; i < Math.min(runs, 3); i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return new Stats(runs, millis[(int) Math.ceil(runs * 0.5) - 1], millis[(int) Math.ceil(runs * 0.99) - 1]);
    }

    /** The baseline: the same sums straight from the calls table, one GROUP BY per request. */
    record LeaderboardQueries(JdbcClient jdbc) {

        Map<String, Totals> byAgent(DateRange range) {
            Map<String, Totals> agents = new HashMap<>();
            jdbc.sql("""
                            SELECT agent_id, count(*) AS calls, count(customer_sentiment_score) AS sc,
                                   coalesce(sum(customer_sentiment_score), 0) AS ss,
                                   count(*) FILTER (WHERE customer_sentiment_score >= 0.05) AS pos,
                                   count(*) FILTER (WHERE customer_sentiment_score <= -0.05) AS neg,
                                   count(agent_talk_ratio) AS tc, coalesce(sum(agent_talk_ratio), 0) AS ts,
                                   sum(duration_seconds) AS ds, count(metrics -> 'questions' ->> 'agent') AS mc,
                                   coalesce(sum((metrics -> 'questions' ->> 'agent')::bigint), 0) AS q
                            FROM calls
                            WHERE analysis_status = 'analyzed'
                              AND (CAST(:from AS date) IS NULL OR start_time >= CAST(:from AS date) AT TIME ZONE 'UTC')
                              AND (CAST(:to AS date) IS NULL
                                   OR start_time < (CAST(:to AS date) + 1) AT TIME ZONE 'UTC')
                            GROUP BY agent_id""")
                    .param("from", range.from()).param("to", range.to())
                    .query(rs -> {
                        agents.put(rs.getString("agent_id"), new Totals(rs.getLong("calls"), rs.getLong("sc"),
                                rs.getDouble("ss"), rs.getLong("pos"), rs.getLong("neg"), rs.getLong("tc"),
                                rs.getDouble("ts"), rs.getLong("ds"), rs.getLong("mc"), rs.getLong("q")));
                    });
            return agents;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
