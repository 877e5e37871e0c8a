package com.salescalls.platform;

import java.nio.file.FileSystemException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that cannot write a file (a read-only or full {@code DATA_DIR}, a folder of another user) ends with
 * Spring Boot's short report naming the file and the reason, instead of a stack trace of bean creations with the
 * cause at its bottom (found by {@code bench/faults.sh disk}).
 */
class FileSystemFailureAnalyzer extends AbstractFailureAnalyzer<FileSystemException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FileSystemException cause) {
        String reason = cause.getReason() != null ? cause.getReason() : cause.getClass().getSimpleName();
        return new FailureAnalysis("The instance cannot use " + cause.getFile() + ": " + reason,
                "Give DATA_DIR a folder this user can write, on a file system with free space (it holds the "
                        + "embedded database and the search index).", cause);
    }
}
