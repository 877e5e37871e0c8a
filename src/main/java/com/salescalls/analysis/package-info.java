/**
 * The durable analysis pipeline: the queue of calls to analyse, this instance's workers, re-analysis, the
 * pipeline's state, progress and metrics, and {@code POST /api/v1/analyze}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "calls",
        "calls :: ingest",
        "calls :: events",
        "calls :: analyses",
        "identity",
        "insights",
        "platform"
})
package com.salescalls.analysis;
