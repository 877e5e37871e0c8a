package com.salescalls.analytics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls for the analytics benchmark, made in SQL with generate_series: no transcripts or embeddings (analytics
 * never read them), but the columns analytics do read have realistic spreads. 200 agents over 365 days; each agent
 * has its own level of customer sentiment and talk share; durations are log-normal around 7 minutes; start times
 * fall on working hours; 2% of calls have no customer words (no sentiment) and 30% no conversation metrics.
 */
final class BenchmarkData {

    static final int AGENTS = 200;

    private BenchmarkData() {
    }

    static void insert(JdbcClient jdbc, int calls) {
        int chunk = 100_000;
        for (int first = 1; first <= calls; first += chunk) {
            int last = Math.min(calls, first + chunk - 1);
            jdbc.sql("""
                    INSERT INTO calls (call_id, agent_id, customer_id, language, start_time, duration_seconds,
                                       transcript, agent_talk_ratio, customer_sentiment_score, analysis_status,
                                       metrics, analysis_version, analyzed_seq)
                    SELECT 'BENCH_' || lpad(g::text, 8, '0'),
                           'AGENT_' || lpad(a::text, 4, '0'),
                           'CUST_' || lpad((1 + floor(random() * 50000))::text, 6, '0'),
                           'en',
                           timestamptz '2026-11-23 00:00:00+00' - floor(random() * 365) * interval '1 day'
                               + (8 + random() * 10) * interval '1 hour',
                           greatest(30, round(exp(ln(420) + 0.5 * n1)))::int,
                           'Agent: benchmark call',
                           least(1, greatest(0, 0.35 + (a * 53 % 40) / 100.0 + 0.08 * n2)),
                           CASE WHEN random() < 0.02 THEN NULL
                                ELSE least(1, greatest(-1, 0.1 + ((a * 37 % 100) / 100.0 - 0.5) * 0.6 + 0.35 * n3))
                           END,
                           'analyzed',
                           CASE WHEN random() < 0.3 THEN NULL
                                ELSE jsonb_build_object('questions', jsonb_build_object(
                                     'agent', floor(random() * (4 + a % 9))::int,
                                     'customer', floor(random() * 5)::int))
                           END,
                           1,
                           nextval('calls_analyzed_seq')
                    FROM (SELECT g, 1 + (g::bigint * 7919 % :agents)::int AS a,
                                 sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS n1,
                                 sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS n2,
                                 sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS n3
                          FROM generate_series(:first, :last) AS g) AS s""")
                    .param("agents", AGENTS).param("first", first).param("last", last).update();
            System.out.printf("  %,d calls stored%n", last);
        }
        jdbc.sql("ANALYZE calls").update();
    }
}
