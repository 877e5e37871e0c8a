package com.salescalls.platform;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by every module.
 *
 * @param version     the application version shown by {@code GET /}
 * @param dataDir     where the embedded database (and other local state) lives
 * @param databaseUrl an external PostgreSQL ({@code postgresql://user:pass@host:port/db} or a JDBC URL);
 *                    empty means "start the embedded one"
 * @param maxBodySize the largest request body accepted, beyond which the answer is 413
 * @param redisUrl    a Redis for caching and fan-out across instances ({@code redis://host:port}); empty means
 *                    in-process fallbacks
 * @param listenerThreads threads that run event listeners after commit ({@link AsyncListeners})
 * @param listenerQueue   listener runs waiting for a thread, beyond which the publisher runs them itself
 */
@Validated
@ConfigurationProperties("app.platform")
public record PlatformProperties(
        @NotBlank String version,
        @NotNull Path dataDir,
        String databaseUrl,
        @NotNull DataSize maxBodySize,
        String redisUrl,
        @Min(1) @Max(64) int listenerThreads,
        @Min(1) @Max(1_000_000) int listenerQueue) {

    public boolean embeddedDatabase() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    public boolean redisConfigured() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
