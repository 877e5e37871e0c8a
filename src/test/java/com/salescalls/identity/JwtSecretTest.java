package com.salescalls.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import com.salescalls.platform.PlatformProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtSecretTest {

    @TempDir
    Path dataDir;

    private static IdentityProperties identity(String secret) {
        return new IdentityProperties(secret, Duration.ofMinutes(30), Duration.ofDays(14), true, "", "", "", 10,
                Duration.ofMinutes(5), 100, 100, Duration.ofHours(1), java.util.List.of(), Duration.ZERO,
                new IdentityProperties.CallerCacheSettings(Duration.ofSeconds(10), 100, "test:callers"));
    }

    private PlatformProperties platform(String databaseUrl) {
        return new PlatformProperties("test", dataDir, databaseUrl, DataSize.ofMegabytes(1), "", 2, 100);
    }

    @Test
    void configuredSecretWins() {
        SecretKey key = JwtSecret.resolve(identity("x".repeat(40)), platform("postgresql://db/app"));
        assertThat(key.getEncoded()).isEqualTo("x".repeat(40).getBytes());
        assertThat(Files.exists(dataDir.resolve("jwt-secret"))).isFalse();
    }

    @Test
    void embeddedModeGeneratesOneKeyAndKeepsIt() throws Exception {
        SecretKey first = JwtSecret.resolve(identity(""), platform(""));
        SecretKey second = JwtSecret.resolve(identity(""), platform(""));
        assertThat(first.getEncoded()).hasSize(64).isEqualTo(second.getEncoded());
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void externalDatabaseWithoutSecretRefusesToStart() {
        assertThatThrownBy(() -> JwtSecret.resolve(identity(" "), platform("postgresql://db/app")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JWT_SECRET must be set");
    }

    @Test
    void shortSecretIsRefused() {
        assertThatThrownBy(() -> JwtSecret.resolve(identity("too-short"), platform("")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
    }
}
