package com.salescalls.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class FolderInUseFailureAnalyzerTest {

    @Configuration(proxyBeanMethods = false)
    static class HeldDataDirectory {

        @Bean
        String dataSource() {
            throw new FolderInUse("DATA_DIR ./data is in use by another running instance", "DATA_DIR");
        }
    }

    @Test
    void analysisNamesTheFolderAndTheSetting() {
        FolderInUse inUse = new FolderInUse("DATA_DIR ./data is in use by another running instance", "DATA_DIR");
        FailureAnalysis analysis = new FolderInUseFailureAnalyzer().analyze(
                new BeanCreationException("dataSource", "Failed to instantiate", inUse));
        assertThat(analysis.getDescription()).isEqualTo("DATA_DIR ./data is in use by another running instance");
        assertThat(analysis.getAction()).contains("DATA_DIR");
    }

    @Test
    void startUpFailsWithTheMessageAndNoStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(HeldDataDirectory.class)
                .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off")).isNotNull();
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("DATA_DIR ./data is in use by another running instance")
                .doesNotContain("\tat org.springframework");
    }
}
