package com.salescalls.analysis;

import java.time.Duration;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The pipeline's meters, named as Prometheus shows them: {@code salescalls_analysis_queue_ready} and
 * {@code salescalls_analysis_queue_in_progress} (the queue as last sampled, whole cluster),
 * {@code salescalls_analysis_calls_total{outcome=analyzed|failed|retried}} and {@code salescalls_analysis_seconds}
 * (analysis time per call: a batch's time shared by its calls) for this instance's work.
 */
@Component
class PipelineMetrics {

    static final String CALLS = "salescalls.analysis.calls";

    private final Counter analyzed;
    private final Counter failed;
    private final Counter retried;
    private final Timer perCall;

    PipelineMetrics(MeterRegistry meters, PipelineMonitor monitor) {
        Gauge.builder("salescalls.analysis.queue.ready", monitor, m -> sampled(m, AnalysisQueue.QueueState::ready))
                .description("queued calls waiting for a worker").register(meters);
        Gauge.builder("salescalls.analysis.queue.in.progress", monitor,
                        m -> sampled(m, AnalysisQueue.QueueState::inProgress))
                .description("queued calls a worker is analysing").register(meters);
        this.analyzed = outcome(meters, "analyzed");
        this.failed = outcome(meters, "failed");
        this.retried = outcome(meters, "retried");
        this.perCall = Timer.builder("salescalls.analysis").description("analysis time per call")
                .register(meters);
    }

    private static double sampled(PipelineMonitor monitor, ToLongFunction<AnalysisQueue.QueueState> figure) {
        AnalysisQueue.QueueState state = monitor.lastState();
        return state == null ? Double.NaN : figure.applyAsLong(state);
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder(CALLS).description("calls the analysis pipeline finished an attempt at")
                .tag("outcome", outcome).register(meters);
    }

    void analyzed(int calls, Duration batchTime) {
        if (calls > 0) {
            analyzed.increment(calls);
            Duration each = batchTime.dividedBy(calls);
            for (int i = 0; i < calls; i++) {
                perCall.record(each);
            }
        }
    }

    void failed(int calls) {
        failed.increment(calls);
    }

    void retried(int calls) {
        retried.increment(calls);
    }
}
