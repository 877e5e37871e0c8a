package com.salescalls.analysis;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.calls.Call;
import com.salescalls.calls.CallAnalyses;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.SpeakerRole;
import com.salescalls.insights.TranscriptAnalysis;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptInput;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's guarantees on real PostgreSQL: a poison transcript fails alone after bounded attempts, a worker
 * whose claim was taken over cannot store, metrics round-trip through jsonb, and an admin re-analysis stores
 * every call once more with a new analyzed_seq.
 */
@IntegrationTest
class AnalysisPipelineIntegrationTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 4, 2, 15, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    CallService calls;
    @Autowired
    AnalysisService pipeline;
    @Autowired
    CallAnalyses analyses;
    @Autowired
    AnalysisQueue queue;
    @Autowired
    PipelineMetrics metrics;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TranscriptAnalyzer analyzer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Api api;
    @Autowired
    OutdatedAnalyses outdated;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void emptyQueue() {
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
    }

    private AnalysisRunner runner(Function<List<TranscriptInput>, List<TranscriptAnalysis>> analysis, Duration lease) {
        AnalysisProperties properties = new AnalysisProperties(0, 16, lease, 2, Duration.ZERO, Duration.ofSeconds(1),
                true, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(5));
        return new AnalysisRunner(analyses, queue, new TransactionTemplate(transactions), analysis, metrics,
                properties);
    }

    private static NewCall call(String id, String transcript) {
        return new NewCall(id, "AGENT_0202", "CUST_000202", "en", WHEN, 60, transcript);
    }

    private double outcomes(String outcome) {
        return meters.get(PipelineMetrics.CALLS).tag("outcome", outcome).counter().count();
    }

    private Map<String, Object> row(String callId) {
        return jdbc.sql("SELECT analysis_status, analysis_error, analysis_count, analyzed_seq FROM calls "
                + "WHERE call_id = ?").param(callId).query().singleRow();
    }

    @Test
    void poisonTranscriptFailsAfterItsAttemptsWhileTheRestOfTheBatchIsStored() {
        calls.ingest(List.of(call("pipe-ok-1", "Agent: Hello there.\nCustomer: Great, thanks!"),
                call("pipe-poison", "Agent: POISON\nCustomer: ok"),
                call("pipe-ok-2", "Agent: Any questions?\nCustomer: None, this is fine.")));
        AnalysisRunner poisoned = runner(inputs -> {
            if (inputs.stream().anyMatch(input -> input.text().contains("POISON"))) {
                throw new IllegalStateException("cannot read POISON");
            }
            return analyzer.analyzeAll(inputs);
        }, Duration.ofMinutes(1));
        double analyzedBefore = outcomes("analyzed");
        double retriedBefore = outcomes("retried");
        double failedBefore = outcomes("failed");
        long timedBefore = meters.get("salescalls.analysis").timer().count();

        assertThat(poisoned.runOnce()).isEqualTo(3);
        assertThat(outcomes("analyzed") - analyzedBefore).isEqualTo(2);
        assertThat(outcomes("retried") - retriedBefore).isEqualTo(1);
        assertThat(meters.get("salescalls.analysis").timer().count() - timedBefore).isEqualTo(2);
        assertThat(row("pipe-ok-1")).containsEntry("analysis_status", "analyzed").containsEntry("analysis_count", 1);
        assertThat(row("pipe-ok-2")).containsEntry("analysis_status", "analyzed");
        assertThat(row("pipe-poison")).containsEntry("analysis_status", "pending");
        assertThat(queue.size()).as("the poison call waits for its second attempt").isEqualTo(1);

        assertThat(poisoned.runOnce()).isEqualTo(1);
        Map<String, Object> failed = row("pipe-poison");
        assertThat(failed).containsEntry("analysis_status", "failed").containsEntry("analysis_count", 0);
        assertThat((String) failed.get("analysis_error")).contains("2 times", "cannot read POISON");
        assertThat(outcomes("failed") - failedBefore).isEqualTo(1);
        assertThat(queue.size()).isZero();
        assertThat(poisoned.runOnce()).isZero();

        String admin = api.adminToken();
        JsonNode detail = api.get("/api/v1/calls/pipe-poison", admin).body();
        assertThat(detail.get("analysis_status").asString()).isEqualTo("failed");
        assertThat(detail.get("analysis_error").asString()).contains("cannot read POISON");
        assertThat(api.get("/api/v1/admin/pipeline", admin).body().get("calls_by_status").get("failed").asLong())
                .isPositive();
    }

    @Test
    void workerWhoseClaimWasTakenOverCannotStoreItsResult() {
        calls.ingest(List.of(call("pipe-stale", "Agent: Shall we begin?\nCustomer: Sure.")));
        List<AnalysisQueue.Claim> takeovers = new ArrayList<>();
        // the first worker's lease is over before it finishes: another worker claims the call meanwhile
        AnalysisRunner slow = runner(inputs -> {
            takeovers.add(queue.claim(16, Duration.ZERO));
            return analyzer.analyzeAll(inputs);
        }, Duration.ZERO);

        assertThat(slow.runOnce()).isEqualTo(1);
        assertThat(takeovers.getFirst().tasks()).extracting(AnalysisQueue.Claimed::callId).containsExactly("pipe-stale");
        assertThat(row("pipe-stale")).containsEntry("analysis_status", "pending").containsEntry("analysis_count", 0);
        assertThat(queue.size()).isEqualTo(1);

        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        assertThat(row("pipe-stale")).containsEntry("analysis_status", "analyzed").containsEntry("analysis_count", 1);
    }

    @Test
    void metricsAndVersionAreStoredAndServed() {
        ConversationMetrics metrics = new ConversationMetrics(
                new ConversationMetrics.TalkShare(0.6, 0.55),
                new ConversationMetrics.Stretch(42, 15.5, 0, "Thanks for taking the time"),
                new ConversationMetrics.Stretch(12, null, 1, "We mostly"),
                new ConversationMetrics.Questions(3, 1, 1.5), 4.0,
                new ConversationMetrics.PerSide(150.0, 140.0), 0.8, 1,
                new ConversationMetrics.Silence(2, 7.5, 4.0),
                new ConversationMetrics.PerSide(1.2, null),
                new ConversationMetrics.Sentiment(0.3, 0.5, java.util.Arrays.asList(0.1, null, 0.4, 0.5),
                        List.of(new ConversationMetrics.UtteranceSentiment(1, SpeakerRole.CUSTOMER, 0.3))));
        calls.ingest(List.of(call("pipe-metrics", "Agent: Thanks for taking the time.\nCustomer: We mostly agree.")));
        AnalysisRunner withMetrics = runner(inputs -> analyzer.analyzeAll(inputs).stream()
                .map(a -> new TranscriptAnalysis(a.agentTalkRatio(), a.customerSentimentScore(), metrics,
                        a.unknownSpeakers(), a.embedding()))
                .toList(), Duration.ofMinutes(1));
        withMetrics.runOnce();

        Call stored = calls.get("pipe-metrics", new com.salescalls.identity.CurrentUser(0, "t",
                com.salescalls.identity.Role.ADMIN, null), false);
        assertThat(stored.metrics()).isEqualTo(metrics);
        assertThat(stored.analysisVersion()).isEqualTo(AnalyzerVersion.CURRENT);
        JsonNode json = api.get("/api/v1/calls/pipe-metrics", api.adminToken()).body().get("metrics");
        assertThat(json.get("talk_ratio").get("by_time").asDouble()).isEqualTo(0.55);
        assertThat(json.get("longest_agent_monologue").get("utterance_index").asInt()).isZero();
        assertThat(json.get("sentiment").get("customer_by_quarter").get(1).isNull()).isTrue();
        assertThat(json.get("fillers_words_per100")).isNull();
        assertThat(json.get("filler_words_per100").get("agent").asDouble()).isEqualTo(1.2);
    }

    @Test
    void callsOfAnOlderAnalyserAreQueuedAgainAtStartButFailedOnesAreNot() {
        calls.ingest(List.of(call("pipe-old-1", "Agent: Hello there.\nCustomer: Hi, thanks."),
                call("pipe-old-2", "Agent: Ready when you are.\nCustomer: Let us start."),
                call("pipe-current", "Agent: Good morning.\nCustomer: Morning!")));
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        // as an earlier version of the product left them: two calls of analyser 2, one failed call
        jdbc.sql("UPDATE calls SET analysis_version = ? WHERE call_id IN ('pipe-old-1', 'pipe-old-2')")
                .param(AnalyzerVersion.CURRENT - 1).update();
        jdbc.sql("UPDATE calls SET analysis_version = NULL, analysis_status = 'failed', analysis_error = 'x' "
                + "WHERE call_id = 'pipe-current'").update();
        long firstSeq = (Long) row("pipe-old-1").get("analyzed_seq");

        outdated.queueOutdated(); // what each instance does when it has started

        assertThat(queue.size()).isEqualTo(2);
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        Map<String, Object> again = row("pipe-old-1");
        assertThat(again).containsEntry("analysis_status", "analyzed").containsEntry("analysis_count", 2);
        assertThat((Long) again.get("analyzed_seq")).isGreaterThan(firstSeq);
        assertThat(jdbc.sql("SELECT analysis_version FROM calls WHERE call_id = 'pipe-old-2'").query(Integer.class)
                .single()).isEqualTo(AnalyzerVersion.CURRENT);
        assertThat(row("pipe-current")).containsEntry("analysis_status", "failed").containsEntry("analysis_count", 1);
        assertThat(pipeline.reanalyzeOutdated()).isZero();
        jdbc.sql("UPDATE calls SET analysis_status = 'analyzed', analysis_error = NULL, analysis_version = ? "
                + "WHERE call_id = 'pipe-current'").param(AnalyzerVersion.CURRENT).update();
    }

    @Test
    void adminReanalysisStoresEveryCallOnceMoreWithANewSequenceNumber() {
        calls.ingest(List.of(call("pipe-again", "Agent: Welcome back.\nCustomer: Glad to be here.")));
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        String admin = api.adminToken();
        long neverAnalysed = jdbc.sql("SELECT count(*) FROM calls WHERE analysis_version IS NULL")
                .query(Long.class).single(); // failed calls, if another test left one
        Api.Response outdated = api.postJson("/api/v1/admin/calls/reanalyze?outdated_only=true", Map.of(), admin);
        assertThat(outdated.status()).isEqualTo(202);
        assertThat(outdated.body().get("queued").asLong()).isEqualTo(neverAnalysed);
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        long firstSeq = (Long) row("pipe-again").get("analyzed_seq");
        long stored = calls.count();

        assertThat(api.postJson("/api/v1/admin/calls/reanalyze", Map.of(), api.tokenFor("pipe-manager",
                "password-1")).status()).isEqualTo(403);
        Api.Response all = api.postJson("/api/v1/admin/calls/reanalyze", Map.of(), admin);
        assertThat(all.status()).isEqualTo(202);
        assertThat(all.body().get("queued").asLong()).isEqualTo(stored);
        JsonNode state = api.get("/api/v1/admin/pipeline", admin).body();
        assertThat(state.get("ready").asLong()).isEqualTo(stored);
        assertThat(state.get("analysis_version").asInt()).isEqualTo(AnalyzerVersion.CURRENT);

        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        Map<String, Object> again = row("pipe-again");
        assertThat(again).containsEntry("analysis_status", "analyzed").containsEntry("analysis_count", 2);
        assertThat((Long) again.get("analyzed_seq")).isGreaterThan(firstSeq);
        // none left waiting (a poison transcript another test stored fails again: it is re-analysed too)
        assertThat(jdbc.sql("SELECT count(*) FROM calls WHERE analysis_status = 'pending'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void ingestQueuesItsCallsInItsOwnTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            calls.ingest(List.of(call("pipe-rolled-back", "Agent: Hello.\nCustomer: Hi.")));
            assertThat(queue.size()).as("queued before the ingest commits").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM calls WHERE call_id = 'pipe-rolled-back'").query(Long.class)
                .single()).isZero();
        assertThat(queue.size()).as("the task went with the call").isZero();
    }

    @Test
    void adminPipelineShowsProgressThroughTheBacklogAndTheGaugesFollowTheQueue() {
        String admin = api.adminToken();
        calls.ingest(List.of(call("pipe-progress-1", "Agent: Hello there.\nCustomer: Hi."),
                call("pipe-progress-2", "Agent: Shall we?\nCustomer: Yes."),
                call("pipe-progress-3", "Agent: Thanks.\nCustomer: Bye.")));

        JsonNode waiting = api.get("/api/v1/admin/pipeline", admin).body();
        assertThat(waiting.get("ready").asLong()).isEqualTo(3);
        JsonNode progress = waiting.get("progress");
        assertThat(progress.get("analyzed").asLong()).isZero();
        assertThat(progress.get("total").asLong()).isEqualTo(3);
        assertThat(progress.has("rate_per_second")).isTrue();
        assertThat(progress.get("eta_seconds").isNull()).as("no rate measured yet").isTrue();
        assertThat(meters.get("salescalls.analysis.queue.ready").gauge().value()).isEqualTo(3.0);
        assertThat(meters.get("salescalls.analysis.queue.in.progress").gauge().value()).isZero();

        List<Progress> seen = new ArrayList<>();
        pipeline.awaitAnalysis(Duration.ofMinutes(10), seen::add);
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast()).isEqualTo(new Progress(3, 3, 0.0, 0L));

        JsonNode done = api.get("/api/v1/admin/pipeline", admin).body().get("progress");
        assertThat(done.get("analyzed").asLong()).isEqualTo(3);
        assertThat(done.get("total").asLong()).isEqualTo(3);
        assertThat(done.get("rate_per_second").asDouble()).isZero();
        assertThat(done.get("eta_seconds").asLong()).isZero();
        assertThat(meters.get("salescalls.analysis.queue.ready").gauge().value()).isZero();
    }
}
