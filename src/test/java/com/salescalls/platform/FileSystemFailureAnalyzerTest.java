package com.salescalls.platform;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

class FileSystemFailureAnalyzerTest {

    @Test
    void aReadOnlyDataDirectoryIsReportedByItsPathAndReasonNotAsAStackOfBeans() {
        // as bench/faults.sh disk met it: the embedded database's folder on a read-only mount, under four beans
        Throwable failure = new BeanCreationException("agentDirectory", new BeanCreationException("dataSource",
                new FileSystemException("/data/postgres", null, "Read-only file system")));
        FailureAnalysis analysis = new FileSystemFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("The instance cannot use /data/postgres: Read-only file system");
        assertThat(analysis.getAction()).contains("DATA_DIR");
    }

    @Test
    void aFolderOfAnotherUserIsNamedToo() {
        FailureAnalysis analysis = new FileSystemFailureAnalyzer().analyze(
                new IllegalStateException(new AccessDeniedException("/data/index")));
        assertThat(analysis.getDescription()).isEqualTo("The instance cannot use /data/index: AccessDeniedException");
    }

    @Test
    void aDataDirectoryWithoutRoomIsRefusedBeforeInitdbAndReportedWithWhatIsFree() {
        java.nio.file.Path folder = java.nio.file.Path.of("/data/postgres");
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> DataDirectorySpace.requireRoom(folder, 1024 * 1024));
        FailureAnalysis analysis = new FileSystemFailureAnalyzer().analyze(new BeanCreationException("dataSource", refused));
        assertThat(analysis.getDescription()).isEqualTo("The instance cannot use /data/postgres: No space left: 1 MB "
                + "free, the embedded database needs at least 64 MB");
    }

    @Test
    void aDataDirectoryWithRoomPasses() throws FileSystemException {
        DataDirectorySpace.requireRoom(java.nio.file.Path.of("/data/postgres"), DataDirectorySpace.MINIMUM_BYTES);
    }

    @Test
    void isRegisteredWithSpringBoot() throws java.io.IOException {
        java.util.Properties factories = new java.util.Properties();
        try (var in = new java.io.FileInputStream("target/classes/META-INF/spring.factories")) {
            factories.load(in);
        }
        assertThat(List.of(factories.getProperty(FailureAnalyzer.class.getName()).split(",")))
                .contains(FileSystemFailureAnalyzer.class.getName());
    }
}
