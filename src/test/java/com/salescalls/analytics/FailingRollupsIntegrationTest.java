package com.salescalls.analytics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;

/**
 * A listener of stored analyses that fails (the rollups here) is counted in
 * {@code salescalls.events.listener.failures} under its name, and the pipeline that published the event goes on:
 * the call is analysed and nothing is left queued.
 */
@IntegrationTest
class FailingRollupsIntegrationTest {

    @MockitoSpyBean
    RollupService rollups;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    AsyncListeners listeners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingRollupIsCountedAndTheAnalysisIsStoredAnyway() {
        doThrow(new IllegalStateException("rollups table locked")).when(rollups).refresh(anyList());
        double before = listeners.failed(AnalyzedCallsListener.NAME).count();

        calls.ingest(List.of(new NewCall("rollup-fails-1", "AGENT_0777", "CUST_000777", "en",
                OffsetDateTime.parse("2026-05-04T10:00:00Z"), 40, "Agent: Hello.\nCustomer: Thanks, all good.")));
        pipeline.awaitAnalysis(Duration.ofMinutes(10)); // would throw if the listener's failure reached the pipeline

        assertThat(jdbc.sql("SELECT analysis_status FROM calls WHERE call_id = 'rollup-fails-1'")
                .query(String.class).single()).isEqualTo("analyzed");
        assertThat(jdbc.sql("SELECT count(*) FROM analysis_tasks").query(Long.class).single()).isZero();
        assertThat(listeners.failed(AnalyzedCallsListener.NAME).count() - before).isEqualTo(1.0);
        assertThat(jdbc.sql("SELECT count(*) FROM agent_daily_rollups WHERE agent_id = 'AGENT_0777'")
                .query(Long.class).single()).as("the failed refresh wrote nothing").isZero();
    }
}
