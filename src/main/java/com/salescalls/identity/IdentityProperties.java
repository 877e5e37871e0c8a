package com.salescalls.identity;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param jwtSecret           HMAC key for tokens (at least 32 bytes); empty means: generate one under
 *                            {@code DATA_DIR} in the embedded mode, refuse to start otherwise
 * @param accessTokenTtl      lifetime of an access token
 * @param refreshTokenTtl     lifetime of a refresh token
 * @param registrationEnabled whether {@code POST /auth/register} is open (it creates managers)
 * @param adminUsername       an admin created at start when given with {@code adminPassword}
 * @param adminPassword       that admin's password
 * @param adminEmail          that admin's email (defaults to {@code <username>@localhost})
 * @param loginAttempts       failed logins allowed per username and client address within {@code loginWindow}
 * @param loginWindow         the window over which failed logins are counted
 * @param loginAddressAttempts failed logins allowed per client address (any username) within {@code loginWindow}
 * @param loginUserAttempts   failed logins allowed per username from addresses it never logged in from, within
 *                            {@code loginUserWindow}
 * @param loginUserWindow     the window of that slower bound
 * @param allowedOrigins      browser origins allowed to call the API (CORS) and open WebSockets; empty: only the
 *                            API's own origin
 * @param hstsMaxAge          {@code Strict-Transport-Security} max-age sent on every answer (behind TLS);
 *                            zero: not sent
 * @param callerCache         the cache of each request's caller and of accepted access tokens ({@link CallerCache})
 */
@Validated
@ConfigurationProperties("app.identity")
record IdentityProperties(
        String jwtSecret,
        @NotNull Duration accessTokenTtl,
        @NotNull Duration refreshTokenTtl,
        boolean registrationEnabled,
        String adminUsername,
        String adminPassword,
        String adminEmail,
        @Min(1) int loginAttempts,
        @NotNull Duration loginWindow,
        @Min(1) int loginAddressAttempts,
        @Min(1) int loginUserAttempts,
        @NotNull Duration loginUserWindow,
        @NotNull List<String> allowedOrigins,
        @NotNull Duration hstsMaxAge,
        @NotNull @Valid CallerCacheSettings callerCache) {

    /**
     * @param ttl        how long a request's caller (user and session state) is reused without reading PostgreSQL;
     *                   every change of that user or session evicts it at once, so this only bounds an eviction
     *                   message lost between instances; zero: read on every request
     * @param maxEntries callers kept, and accepted access tokens kept decoded
     * @param channel    the Redis pub/sub channel that carries evictions between instances (with {@code REDIS_URL})
     */
    record CallerCacheSettings(@NotNull Duration ttl, @Min(0) int maxEntries, @NotBlank String channel) {
    }
}
