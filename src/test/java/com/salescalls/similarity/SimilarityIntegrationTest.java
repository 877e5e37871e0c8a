package com.salescalls.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.CallFeed;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.generator.CallGenerator;
import com.salescalls.support.Api;
import com.salescalls.support.Cosine;
import com.salescalls.support.TestIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recommendations and search over HTTP on a real PostgreSQL, with the application's own index tailing the
 * calls stored here. Runs on a database of its own, since the calls it stores would change other tests' counts.
 */
@SpringBootTest(properties = {
        "app.generator.demo-calls=0",
        "app.identity.jwt-secret=integration-test-secret-that-is-long-enough-0123456789",
        "app.identity.admin-username=" + Api.ADMIN,
        "app.identity.admin-password=" + Api.ADMIN_PASSWORD,
        TestIndex.PROPERTY,
})
@AutoConfigureMockMvc
@Import(Api.class)
@ContextConfiguration(initializers = SimilarityTestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarityIntegrationTest {

    static final Instant ANCHOR = Instant.parse("2026-06-30T12:00:00Z");
    static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    static final int GENERATED = 20;

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    SimilarCalls similar;

    @Autowired
    IndexService index;

    @Autowired
    CallFeed feed;

    @Autowired
    SimilarityProperties properties;

    String token;

    @BeforeAll
    void storeCalls() {
        List<NewCall> batch = new ArrayList<>(new CallGenerator(3, ANCHOR).generate(GENERATED, 1).stream()
                .map(c -> new NewCall(c.callId(), c.agentId(), c.customerId(), c.language(), c.startTime(),
                        c.durationSeconds(), c.transcript()))
                .toList());
        batch.add(new NewCall("sim-zebra-1", "AGENT_9001", "CUST_900001", "en", WHEN, 120,
                "Agent: Welcome to Zebraware, how can I help?\nCustomer: Zebraware crashed twice this week, I am "
                        + "furious and I want a refund."));
        batch.add(new NewCall("sim-zebra-2", "AGENT_9002", "CUST_900002", "en", WHEN.plusDays(1), 90,
                "Agent: Zebraware pricing starts at ten dollars a seat.\nCustomer: Great, that fits our budget."));
        batch.add(new NewCall("sim-refund", "AGENT_9002", "CUST_900003", "en", WHEN.plusDays(2), 100,
                "Agent: How can I help you today?\nCustomer: The software keeps crashing and I want my money "
                        + "back.\nAgent: I am sorry, let me arrange a reimbursement."));
        calls.ingest(batch);
        pipeline.awaitAnalysis(java.time.Duration.ofMinutes(10));
        await(() -> index.size() == GENERATED + 3, 10_000);
        token = api.tokenFor("similarity-reader", "password-1");
    }

    static void await(BooleanSupplier condition, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("condition within %d ms", millis).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    float[] embedding(String callId) {
        JsonNode vector = api.get("/api/v1/calls/" + callId + "?include=embedding", token).body().get("embedding");
        float[] v = new float[vector.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) vector.get(i).asDouble();
        }
        return v;
    }


    @Test
    void recommendsTheFiveMostSimilarOtherCallsByCosineWithThreeNudges() {
        String id = "CALL_00000017";
        Api.Response response = api.get("/api/v1/calls/" + id + "/recommendations", token);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("call_id").asString()).isEqualTo(id);
        JsonNode similarCalls = body.get("similar_calls");
        assertThat(similarCalls).hasSize(5);

        // expected: exact cosine against every other stored call
        float[] own = embedding(id);
        List<String> others = new ArrayList<>();
        JsonNode list = api.get("/api/v1/calls?limit=100", token).body().get("calls");
        list.forEach(call -> others.add(call.get("call_id").asString()));
        others.remove(id);
        Map<String, Double> exact = new java.util.HashMap<>();
        others.forEach(other -> exact.put(other, Cosine.of(own, embedding(other))));
        List<String> expected = others.stream().sorted(Comparator.comparingDouble(o -> -exact.get(o))).limit(5)
                .toList();
        List<String> actual = new ArrayList<>();
        for (JsonNode similarCall : similarCalls) {
            String other = similarCall.get("call_id").asString();
            actual.add(other);
            assertThat(similarCall.get("similarity_score").asDouble())
                    .isCloseTo(exact.get(other), org.assertj.core.api.Assertions.within(1e-4));
            assertThat(similarCall.get("agent_id").asString()).startsWith("AGENT_");
            assertThat(similarCall.get("transcript_preview").asString()).isNotBlank();
            assertThat(similarCall.has("customer_sentiment_score")).isTrue();
        }
        assertThat(actual).containsExactlyElementsOf(expected).doesNotContain(id);

        JsonNode nudges = body.get("coaching_nudges");
        assertThat(nudges).hasSize(3);
        nudges.forEach(nudge -> {
            assertThat(nudge.get("title").asString()).isNotBlank();
            assertThat(nudge.get("suggestion").asString().split("\\s+")).hasSizeLessThanOrEqualTo(40);
            assertThat(nudge.get("evidence").asString()).containsPattern("\\d");
        });
    }

    @Test
    void limitChangesTheCountWithinOneToFifty() {
        String url = "/api/v1/calls/CALL_00000003/recommendations";
        assertThat(api.get(url + "?limit=2", token).body().get("similar_calls")).hasSize(2);
        assertThat(api.get(url + "?limit=50", token).body().get("similar_calls")).hasSize((int) calls.count() - 1);
        Api.Response tooMany = api.get(url + "?limit=51", token);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body().get("detail").asString()).contains("limit");
        assertThat(api.get(url + "?limit=0", token).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/calls/NO_SUCH_CALL/recommendations", token).status()).isEqualTo(404);
        assertThat(api.get(url).status()).isEqualTo(401);
    }

    @Test
    void anAgentGetsRecommendationsOnlyFromCallsItMayRead() {
        String admin = api.adminToken();
        api.postJson("/api/v1/admin/users", Map.of("username", "sim-agent", "email", "sim-agent@example.com",
                "password", "password-1", "role", "agent", "agent_id", "AGENT_9002"), admin);
        String agent = api.login("sim-agent", "password-1");

        JsonNode body = api.get("/api/v1/calls/sim-refund/recommendations", agent).body();
        assertThat(body.get("similar_calls")).extracting(c -> c.get("call_id").asString())
                .containsExactly("sim-zebra-2");
        assertThat(body.get("coaching_nudges")).hasSize(3);
        assertThat(body.toString()).doesNotContain("AGENT_9001");
        assertThat(api.get("/api/v1/calls/sim-zebra-1/recommendations", agent).status()).isEqualTo(404);

        // the same call for a manager draws on every agent's calls
        JsonNode all = api.get("/api/v1/calls/sim-refund/recommendations", token).body();
        assertThat(all.get("similar_calls").get(0).get("call_id").asString()).isEqualTo("sim-zebra-1");
    }

    @Test
    void keywordSearchRanksFullTextMatchesWithHighlightedSnippets() {
        JsonNode body = api.get("/api/v1/search?q=zebraware&mode=keyword", token).body();
        assertThat(body.get("mode").asString()).isEqualTo("keyword");
        assertThat(body.get("total").asLong()).isEqualTo(2);
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("call_id").asString()).isEqualTo("sim-zebra-1");
        assertThat(first.get("ranks").get("keyword").asInt()).isEqualTo(1);
        assertThat(first.get("ranks").get("semantic").isNull()).isTrue();
        assertThat(first.get("snippet").asString()).contains("**Zebraware**");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(body.get("results").get(1).get("ranks").get("keyword").asInt()).isEqualTo(2);
        // the total comes with the page; a page past the last match is empty and still tells it
        JsonNode second = api.get("/api/v1/search?q=zebraware&mode=keyword&limit=1&offset=1", token).body();
        assertThat(second.get("total").asLong()).isEqualTo(2);
        assertThat(second.get("results").get(0).get("call_id").asString())
                .isEqualTo(body.get("results").get(1).get("call_id").asString());
        JsonNode past = api.get("/api/v1/search?q=zebraware&mode=keyword&offset=5", token).body();
        assertThat(past.get("total").asLong()).isEqualTo(2);
        assertThat(past.get("results")).isEmpty();
    }

    @Test
    void semanticSearchFindsCallsByMeaningWithoutSharedWords() {
        JsonNode body = api.get("/api/v1/search?q=customer%20demands%20a%20refund%20because%20the%20product%20is%20broken"
                + "&mode=semantic&limit=3", token).body();
        assertThat(body.get("results")).hasSize(3);
        List<String> ids = new ArrayList<>();
        body.get("results").forEach(r -> ids.add(r.get("call_id").asString()));
        assertThat(ids).contains("sim-refund", "sim-zebra-1");
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("ranks").get("semantic").asInt()).isEqualTo(1);
        assertThat(first.get("ranks").get("keyword").isNull()).isTrue();
        assertThat(body.get("total").asLong()).isEqualTo(calls.count());
        // keyword search needs the words: "demands" and "broken" appear in none of these calls
        assertThat(api.get("/api/v1/search?q=demands%20broken&mode=keyword", token).body().get("total").asLong())
                .isZero();
    }

    @Test
    void hybridSearchFusesBothRankingsAndSaysWhichRanksEachResultGot() {
        JsonNode body = api.get("/api/v1/search?q=zebraware%20refund&limit=5", token).body();
        assertThat(body.get("mode").asString()).isEqualTo("hybrid");
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("call_id").asString()).isEqualTo("sim-zebra-1");
        assertThat(first.get("ranks").get("keyword").asInt()).isEqualTo(1);
        assertThat(first.get("ranks").get("semantic").isNull()).isFalse();
        double expected = 1.0 / (60 + 1) + 1.0 / (60 + first.get("ranks").get("semantic").asInt());
        assertThat(first.get("score").asDouble()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        JsonNode second = api.get("/api/v1/search?q=zebraware%20refund&limit=5&offset=1", token).body();
        assertThat(second.get("results").get(0).get("call_id").asString())
                .isEqualTo(body.get("results").get(1).get("call_id").asString());
    }

    @Test
    void searchAppliesTheCallListFiltersInEveryMode() {
        for (String mode : List.of("keyword", "semantic", "hybrid")) {
            JsonNode body = api.get("/api/v1/search?q=zebraware&mode=" + mode + "&agent_id=AGENT_9002"
                    + "&from_date=2026-05-02&max_sentiment=0.99", token).body();
            assertThat(body.get("results")).as(mode).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("agent_id").asString()).isEqualTo("AGENT_9002");
                assertThat(Instant.parse(r.get("start_time").asString()))
                        .isAfterOrEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
            });
        }
    }

    @Test
    void rejectsEmptyOverlongOrMalformedSearches() {
        assertThat(api.get("/api/v1/search?q=", token).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/search?q=%20%20", token).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/search", token).status()).isEqualTo(422);
        Api.Response tooLong = api.get("/api/v1/search?q=" + "a".repeat(501), token);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().get("errors").get(0).get("parameter").asString()).isEqualTo("q");
        Api.Response mode = api.get("/api/v1/search?q=price&mode=fuzzy", token);
        assertThat(mode.status()).isEqualTo(422);
        assertThat(mode.body().get("detail").asString()).contains("mode");
        assertThat(api.get("/api/v1/search?q=price&limit=101", token).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/search?q=price&min_sentiment=2", token).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/search?q=price&from_date=yesterday", token).status()).isEqualTo(422);
    }

    IndexService instance(Path dir) {
        return instance(dir, null);
    }

    IndexService instance(Path dir, @Nullable Path snapshots) {
        return instance(dir, snapshots, properties.batchSize());
    }

    IndexService instance(Path dir, @Nullable Path snapshots, int batchSize) {
        SimilarityProperties own = new SimilarityProperties(dir, properties.pollInterval(), batchSize,
                properties.gapTimeout(), properties.commitInterval(), properties.hnswM(), properties.hnswBeamWidth(),
                properties.searchFanOut(), properties.rrfK(), properties.searchDepth(), properties.maxQueryLength(),
                properties.indexThreads(), properties.ramBufferMb(), properties.vectors(), snapshots,
                java.time.Duration.ofMillis(200)); // so that the instances of one test take turns publishing
        IndexService index = new IndexService(own, feed);
        index.start();
        return index;
    }

    /** Behind by more than a batch, an instance reads stretches of the numbers at once, and misses no call. */
    @Test
    void anInstanceFarBehindReadsStretchesOfTheFeedAtOnceAndMissesNoCall(@TempDir Path dir) {
        long highest = feed.highestSeq();
        List<Long> everything = feed.after(0, 100_000).stream().map(AnalyzedCall::analyzedSeq).toList();
        assertThat(feed.between(3, 9).stream().map(AnalyzedCall::analyzedSeq).toList())
                .isEqualTo(everything.stream().filter(seq -> seq > 3 && seq <= 9).toList());
        IndexService behind = instance(dir, null, 3); // a full batch of 3 at the first poll, then stretches
        try {
            await(() -> behind.watermark() >= highest && behind.size() == calls.count(), 10_000);
            assertThat(behind.size()).isEqualTo(everything.size());
            float[] vector = calls.get("sim-refund", adminCaller(), true).embedding();
            assertThat(behind.nearest(vector, 1, null).getFirst().callId()).isEqualTo("sim-refund");
        } finally {
            behind.stop();
        }
    }

    @Test
    void aCallAnalysedThroughOneInstanceIsFoundByAnotherWithinTwoSeconds(@TempDir Path dir) {
        IndexService other = instance(dir);
        try {
            await(() -> other.size() == calls.count(), 10_000);
            calls.ingest(List.of(new NewCall("sim-replica", "AGENT_9003", "CUST_900004", "en", WHEN, 60,
                    "Agent: Our replication keeps every region in sync.\nCustomer: Lovely, that is what we need.")));
            pipeline.awaitAnalysis(java.time.Duration.ofMinutes(10)); // returns once the analysis is committed
            long committed = System.nanoTime();
            await(() -> other.size() == calls.count(), 2_000);
            long millis = (System.nanoTime() - committed) / 1_000_000;
            float[] vector = calls.get("sim-replica", adminCaller(), true).embedding();
            assertThat(other.nearest(vector, 1, null).getFirst().callId()).isEqualTo("sim-replica");
            assertThat(similar.similarTo("x", vector, 1, null).getFirst().callId()).isEqualTo("sim-replica");
            assertThat(millis).isLessThan(2_000);
        } finally {
            other.stop();
        }
    }

    @Test
    void anIndexDeletedCorruptedOrAheadOfTheDatabaseIsRebuiltFromIt(@TempDir Path dir) throws IOException {
        IndexService index = instance(dir);
        await(() -> index.size() == calls.count(), 10_000);
        index.stop();

        deleteRecursively(dir);
        IndexService rebuilt = instance(dir);
        await(() -> rebuilt.size() == calls.count(), 10_000);
        rebuilt.stop();

        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index");
            }
        }
        IndexService repaired = instance(dir);
        await(() -> repaired.size() == calls.count(), 10_000);
        repaired.stop();

        try (VectorIndex foreign = new VectorIndex(dir, 16, 100)) {
            foreign.commit(feed.highestSeq() + 1_000); // as if built from another, longer-lived database
        }
        IndexService reset = instance(dir);
        try {
            await(() -> reset.size() == calls.count(), 10_000);
        } finally {
            reset.stop();
        }
        try (VectorIndex reopened = new VectorIndex(dir, 16, 100)) {
            assertThat(reopened.watermark()).isLessThanOrEqualTo(feed.highestSeq());
        }
    }

    @Test
    void aNewInstanceStartsFromTheLatestSnapshotAndReadsOnlyTheAnalysesAfterIt(@TempDir Path dir) {
        Path snapshots = dir.resolve("snapshots");
        IndexService first = instance(dir.resolve("first"), snapshots);
        long published;
        try {
            await(() -> first.size() == calls.count() && first.snapshotWatermark() == first.watermark(), 10_000);
            published = first.snapshotWatermark();
        } finally {
            first.stop();
        }
        assertThat(published).isPositive();
        calls.ingest(List.of(new NewCall("sim-after-snapshot", "AGENT_9004", "CUST_900005", "en", WHEN, 60,
                "Agent: The snapshot was taken before this call.\nCustomer: Then the new instance reads it from "
                        + "the database.")));
        pipeline.awaitAnalysis(java.time.Duration.ofMinutes(10));

        IndexService second = instance(dir.resolve("second"), snapshots);
        try {
            assertThat(second.restoredWatermark()).isEqualTo(published);
            assertThat(second.watermark()).isGreaterThanOrEqualTo(published);
            await(() -> second.size() == calls.count(), 10_000);
            float[] vector = calls.get("sim-after-snapshot", adminCaller(), true).embedding();
            assertThat(second.nearest(vector, 1, null).getFirst().callId()).isEqualTo("sim-after-snapshot");
            // caught up, it publishes a newer snapshot for the next instance
            await(() -> second.snapshotWatermark() > published, 10_000);
        } finally {
            second.stop();
        }
    }

    @Test
    void snapshotsAreOffUnlessAFolderIsGiven() {
        assertThat(properties.snapshotDir()).as("INDEX_SNAPSHOT_DIR unset").isNull();
        assertThat(index.snapshotWatermark()).isZero();
    }

    @Test
    void aSnapshotThatCannotBeReadIsSkippedAndTheIndexBuiltFromTheDatabase(@TempDir Path dir) throws IOException {
        Path snapshots = dir.resolve("snapshots");
        IndexService first = instance(dir.resolve("first"), snapshots);
        try {
            await(() -> first.snapshotWatermark() > 0 && first.snapshotWatermark() == first.watermark(), 10_000);
        } finally {
            first.stop();
        }
        String latest = Files.readString(snapshots.resolve("latest")).strip();
        try (var files = Files.list(snapshots.resolve(latest))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(file); // the commit's data gone, as a half-copied or damaged snapshot would be
            }
        }
        IndexService second = instance(dir.resolve("second"), snapshots);
        try {
            assertThat(second.restoredWatermark()).isZero();
            await(() -> second.size() == calls.count(), 10_000);
        } finally {
            second.stop();
        }
    }

    static com.salescalls.identity.CurrentUser adminCaller() {
        return new com.salescalls.identity.CurrentUser(0, "test", com.salescalls.identity.Role.ADMIN, null);
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
