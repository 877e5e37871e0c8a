package com.salescalls.identity;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
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
        @NotNull Duration hstsMaxAge) {
}
