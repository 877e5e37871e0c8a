package com.salescalls.analysis;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.calls.CallAnalyses;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A stopping instance hands its claimed calls back at once, and the batch it was still analysing cannot store. */
@IntegrationTest
class AnalysisHandBackIntegrationTest {

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
    AnalysisProperties configured;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TranscriptAnalyzer analyzer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void claimedCallsGoBackToTheQueueAtOnceAndTheStoppedBatchStoresNothing() throws Exception {
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        calls.ingest(List.of(new NewCall("handback-1", "AGENT_0303", "CUST_000303", "en",
                OffsetDateTime.of(2026, 4, 3, 10, 0, 0, 0, ZoneOffset.UTC), 60, "Agent: Hello.\nCustomer: Hi!")));
        CountDownLatch analysing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AnalysisProperties properties = new AnalysisProperties(0, 16, Duration.ofMinutes(10), 3, Duration.ZERO,
                Duration.ofSeconds(1), true, configured.progressSampleInterval(), configured.progressWindow(),
                configured.progressLogInterval());
        AnalysisRunner stopping = new AnalysisRunner(analyses, queue, new TransactionTemplate(transactions),
                inputs -> {
                    analysing.countDown();
                    await(finish);
                    return analyzer.analyzeAll(inputs);
                }, metrics, properties);
        Thread worker = Thread.ofPlatform().start(stopping::runOnce);
        assertThat(analysing.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(task()).containsEntry("attempts", 1);

        assertThat(stopping.handBack()).isEqualTo(1);
        Map<String, Object> handedBack = task();
        assertThat(handedBack.get("claim")).isNull();
        assertThat(handedBack).containsEntry("attempts", 0).containsEntry("ready", true);

        finish.countDown();
        worker.join(Duration.ofSeconds(30));
        assertThat(status()).as("the stopped batch no longer holds the call").isEqualTo("pending");
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        assertThat(status()).isEqualTo("analyzed");
        assertThat(jdbc.sql("SELECT analysis_count FROM calls WHERE call_id = 'handback-1'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    private Map<String, Object> task() {
        return jdbc.sql("SELECT claim, attempts, available_at <= now() AS ready FROM analysis_tasks "
                + "WHERE call_id = 'handback-1'").query().singleRow();
    }

    private String status() {
        return jdbc.sql("SELECT analysis_status FROM calls WHERE call_id = 'handback-1'").query(String.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
