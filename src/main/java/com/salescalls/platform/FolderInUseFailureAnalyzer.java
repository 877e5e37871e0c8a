package com.salescalls.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link FolderInUse} into Spring Boot's short start-up failure report, without the stack trace. */
class FolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<FolderInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FolderInUse cause) {
        return new FailureAnalysis(cause.getMessage(), "Stop the other instance, or start this one with its own "
                + cause.setting() + ".", cause);
    }
}
