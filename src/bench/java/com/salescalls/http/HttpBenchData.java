package com.salescalls.http;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import com.salescalls.similarity.SearchPathBenchmark;
import com.salescalls.similarity.VectorIndexBenchmark;

/**
 * The database of {@code bench/http.sh}: {@code calls} generated analysed calls ({@code CALL_00000001} ...), loaded
 * with {@code COPY} by {@link SearchPathBenchmark#createFilled} (transcripts, metrics and embeddings derived from
 * 200 real ones), start times in the 90 days before now. Usage: {@code calls=N database=NAME [dir=target/bench]}.
 */
final class HttpBenchData {

    private HttpBenchData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = VectorIndexBenchmark.options(args);
        int calls = Integer.parseInt(options.getOrDefault("calls", "2000"));
        String database = options.getOrDefault("database", "salescalls_bench_http_" + calls);
        Path work = Path.of(options.getOrDefault("dir", "target/bench"));
        SearchPathBenchmark.createFilled(database, calls, 200, work, Instant.now());
    }
}
