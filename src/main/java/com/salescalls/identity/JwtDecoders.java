package com.salescalls.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * One decoder per kind of token. Each refuses, before any parsing, a token longer than {@link #MAX_TOKEN_CHARS};
 * then checks the HS256 signature, that {@code exp} is present and not past (with at most
 * {@link #CLOCK_SKEW} of tolerance, as {@code nbf}), the issuer, the audience, the session claim, and that the
 * token is of its kind (an access token is never a refresh token). Access tokens, checked on every request, are
 * remembered once accepted (by their exact text, bounded, each until its {@code exp}), so a client's next requests
 * skip the signature and the JSON; what the token stands for (user, session) is still looked up for every request.
 */
record JwtDecoders(JwtDecoder access, JwtDecoder refresh) {

    static final String ISSUER = "sales-call-analytics";
    static final String AUDIENCE = "sales-call-analytics-api";
    static final String SESSION = "sid";
    /** Ours are under 400 characters; a huge one is an attack on the parser, not a token. */
    static final int MAX_TOKEN_CHARS = 4096;
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    static JwtDecoders of(SecretKey key, int remembered) {
        return new JwtDecoders(remembering(decoder(key, TokenService.ACCESS), remembered),
                decoder(key, TokenService.REFRESH));
    }

    private static JwtDecoder remembering(JwtDecoder decoder, int maxEntries) {
        Cache<String, Jwt> accepted = Caffeine.newBuilder().maximumSize(maxEntries)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> until(jwt.getExpiresAt())))
                .build();
        return token -> {
            if (token.length() <= MAX_TOKEN_CHARS) {
                Jwt known = accepted.getIfPresent(token);
                Instant expires = known == null ? null : known.getExpiresAt();
                if (expires != null && Instant.now().isBefore(expires)) {
                    return known;
                }
            }
            Jwt decoded = decoder.decode(token);
            accepted.put(token, decoded);
            return decoded;
        };
    }

    private static Duration until(@Nullable Instant expires) {
        Duration left = expires == null ? Duration.ZERO : Duration.between(Instant.now(), expires);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static JwtDecoder decoder(SecretKey key, String use) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(CLOCK_SKEW),
                required(JwtClaimNames.EXP),
                new JwtIssuerValidator(ISSUER),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE) ? success()
                        : failure("The token is not meant for this API (aud)"),
                required(SESSION),
                jwt -> use.equals(jwt.getClaimAsString(TokenService.TOKEN_USE)) ? success()
                        : failure("Expected a token of kind " + use))));
        return token -> {
            if (token.length() > MAX_TOKEN_CHARS) {
                throw new BadJwtException("The token is longer than " + MAX_TOKEN_CHARS + " characters");
            }
            return decoder.decode(token);
        };
    }

    private static OAuth2TokenValidator<Jwt> required(String claim) {
        return jwt -> jwt.hasClaim(claim) ? success() : failure("The token has no '" + claim + "' claim");
    }

    private static OAuth2TokenValidatorResult success() {
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
