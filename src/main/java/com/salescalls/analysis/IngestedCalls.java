package com.salescalls.analysis;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.salescalls.calls.CallsIngested;

/**
 * Queues the analysis of ingested calls synchronously, inside the ingest's transaction: the calls and their tasks
 * commit together or not at all, so an accepted call is never left unqueued, even if the process dies at once.
 */
@Component
class IngestedCalls {

    private final AnalysisService pipeline;

    IngestedCalls(AnalysisService pipeline) {
        this.pipeline = pipeline;
    }

    @EventListener
    void on(CallsIngested ingested) {
        pipeline.enqueueIngested(ingested.callIds());
    }
}
