package com.salescalls.analysis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.salescalls.calls.CallAnalyses;
import com.salescalls.insights.TranscriptAnalyzer;

/** The analysis pipeline of this instance: the batch runner over the real analyser, and its worker threads. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    AnalysisRunner analysisRunner(CallAnalyses calls, AnalysisQueue queue, PlatformTransactionManager transactions,
            TranscriptAnalyzer analyzer, PipelineMetrics metrics, AnalysisProperties properties) {
        return new AnalysisRunner(calls, queue, new TransactionTemplate(transactions), analyzer::analyzeAll, metrics,
                properties);
    }

    @Bean
    AnalysisWorkers analysisWorkers(AnalysisRunner runner, PipelineMonitor monitor, AnalysisProperties properties) {
        return new AnalysisWorkers(runner, monitor, properties);
    }
}
