package com.salescalls.similarity;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the vector index and search.
 *
 * @param indexDir       where this instance keeps its copy of the index (derived data: deleting it loses nothing)
 * @param pollInterval   how often newly analysed calls are looked for
 * @param batchSize      analysed calls read per query while catching up
 * @param gapTimeout     how long a skipped {@code analyzed_seq} is waited for (a transaction that took the number
 *                       but has not committed yet) before it is taken as rolled back
 * @param commitInterval how often the index is committed to disk while calls keep arriving; searches see every
 *                       change at once, a crash only replays what came after the last commit
 * @param hnswM          HNSW graph: neighbours per node
 * @param hnswBeamWidth  HNSW graph: candidates considered while inserting a node
 * @param searchFanOut   candidates gathered per vector query before the best are kept: more is slower and more exact
 * @param rrfK           reciprocal rank fusion constant: a result's fused score is the sum of 1/(k + rank)
 * @param searchDepth    results each ranking contributes to a semantic or hybrid search (so its deepest page)
 * @param maxQueryLength longest search text accepted, in characters
 * @param indexThreads   threads that build the index (documents and HNSW graph) while it catches up
 * @param ramBufferMb    memory for index documents not yet written to a segment
 * @param vectors        the vectors the graph is built and searched with: float32, or int8 or binary quantized
 *                       ones kept beside the float32 ones (which re-rank the graph's candidates)
 * @param snapshotDir    a folder the instances share where each publishes copies of its committed index and a new
 *                       instance starts from the latest ({@link IndexSnapshots}); null: every index is built here
 * @param snapshotInterval how often a caught-up instance publishes a snapshot (when its index has moved on)
 */
@Validated
@ConfigurationProperties("app.similarity")
public record SimilarityProperties(
        @NotNull Path indexDir,
        @NotNull Duration pollInterval,
        @Min(1) @Max(100_000) int batchSize,
        @NotNull Duration gapTimeout,
        @NotNull Duration commitInterval,
        @Min(2) @Max(512) int hnswM,
        @Min(1) @Max(3200) int hnswBeamWidth,
        @Min(1) @Max(10_000) int searchFanOut,
        @Min(1) @Max(1000) int rrfK,
        @Min(1) @Max(1000) int searchDepth,
        @Min(1) @Max(2000) int maxQueryLength,
        @Min(1) @Max(64) int indexThreads,
        @Min(16) @Max(4096) int ramBufferMb,
        @NotNull VectorEncoding vectors,
        @Nullable Path snapshotDir,
        @NotNull Duration snapshotInterval) {
}
