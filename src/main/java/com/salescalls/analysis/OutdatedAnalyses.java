package com.salescalls.analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.salescalls.insights.AnalyzerVersion;

/**
 * At start, queues the calls an older analyser analysed ({@code REANALYZE_OUTDATED_AT_START}, default true): an
 * upgrade that changes the analysis, the call vectors above all, would otherwise leave old and new vectors mixed
 * in one similarity index. Each instance may do it; a call is queued once. Until its new analysis is stored, a
 * call keeps serving the old one.
 */
@Component
class OutdatedAnalyses {

    private static final Logger log = LoggerFactory.getLogger(OutdatedAnalyses.class);

    private final AnalysisService pipeline;
    private final AnalysisProperties properties;

    OutdatedAnalyses(AnalysisService pipeline, AnalysisProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void queueOutdated() {
        if (!properties.reanalyzeOutdatedAtStart()) {
            return;
        }
        int queued = pipeline.reanalyzeOutdated();
        if (queued > 0) {
            log.info("Queued {} calls analysed by an analyser older than version {}", queued, AnalyzerVersion.CURRENT);
        }
    }
}
