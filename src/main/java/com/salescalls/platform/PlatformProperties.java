package com.salescalls.platform;

import java.nio.file.Path;

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
 */
@Validated
@ConfigurationProperties("app.platform")
public record PlatformProperties(
        @NotBlank String version,
        @NotNull Path dataDir,
        String databaseUrl,
        @NotNull DataSize maxBodySize,
        String redisUrl) {

    public boolean embeddedDatabase() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    public boolean redisConfigured() {
        return redisUrl != null && !redisUrl.isBlank();
    }
}
