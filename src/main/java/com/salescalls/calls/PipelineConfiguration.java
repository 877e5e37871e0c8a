package com.salescalls.calls;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.platform.BodySizeLimit;

/** The analysis pipeline of this instance (the batch runner over the real analyser, its worker threads) and the bulk body limit. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    AnalysisRunner analysisRunner(CallRepository calls, AnalysisQueue queue, PlatformTransactionManager transactions,
            TranscriptAnalyzer analyzer, ApplicationEventPublisher events, CallsProperties properties) {
        return new AnalysisRunner(calls, queue, new TransactionTemplate(transactions), analyzer::analyzeAll, events,
                properties);
    }

    /** Bulk uploads are bounded by their own limit ({@code MAX_BULK_SIZE}), not the global body limit. */
    @Bean
    BodySizeLimit bulkIngestBodyLimit(CallsProperties properties) {
        return new BodySizeLimit("/api/v1/calls/bulk", properties.maxBulkSize());
    }

    @Bean
    AnalysisWorkers analysisWorkers(AnalysisRunner runner, AnalysisQueue queue, CallsProperties properties) {
        return new AnalysisWorkers(runner, queue, properties);
    }
}
