package com.salescalls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class FolderInUseFailureAnalyzerTest {

    @Test
    void startUpFailureNamesTheFolderAndTheSettingWithoutAStackTrace() {
        FolderInUse inUse = new FolderInUse("DATA_DIR ./data is in use by another running instance", "DATA_DIR");
        FailureAnalysis analysis = new FolderInUseFailureAnalyzer().analyze(
                new BeanCreationException("dataSource", "Failed to instantiate", inUse));
        assertThat(analysis.getDescription()).isEqualTo("DATA_DIR ./data is in use by another running instance");
        assertThat(analysis.getAction()).contains("DATA_DIR");
    }

    @Test
    void springBootFindsTheAnalyzer() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class))
                .anyMatch(FolderInUseFailureAnalyzer.class::isInstance);
    }
}
