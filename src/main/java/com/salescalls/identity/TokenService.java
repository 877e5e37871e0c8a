package com.salescalls.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues access and refresh tokens. Both are signed JWTs told apart by the {@code token_use} claim, so a
 * refresh token is never accepted as an access token and the other way round. The subject is the username;
 * role and agent are read from the database on each request, never trusted from the token.
 * <p>
 * Each login opens a session (the {@code sid} claim of both tokens). Refresh tokens rotate: a refresh answers a
 * new pair and makes the presented token unusable; presenting a used one again revokes the whole session, since
 * either the client or a thief holds a copy (RFC 9700 section 4.14). Logout revokes the session, which also stops
 * its access token at the next request.
 */
@Service
public class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);

    static final String TOKEN_USE = "token_use";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";

    private final JwtEncoder encoder;
    private final JwtDecoder refreshDecoder;
    private final AccountService accounts;
    private final SessionRepository sessions;
    private final IdentityProperties properties;

    TokenService(JwtEncoder encoder, JwtDecoders decoders, AccountService accounts, SessionRepository sessions,
            IdentityProperties properties) {
        this.encoder = encoder;
        this.refreshDecoder = decoders.refresh();
        this.accounts = accounts;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** What {@code POST /auth/login} and {@code /auth/refresh} answer. */
    public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {
    }

    /** A new session for a user who just proved its password. */
    @Transactional
    public TokenPair issue(UserAccount user) {
        Instant now = Instant.now();
        UUID session = UUID.randomUUID();
        UUID jti = UUID.randomUUID();
        sessions.create(session, user.id(), jti, now.plus(properties.refreshTokenTtl()));
        return pair(user, session, jti, now);
    }

    /** A new pair for the current refresh token of a live session of a user who may still log in; else 401. */
    @Transactional(noRollbackFor = IdentityProblems.InvalidCredentials.class)
    public TokenPair refresh(String refreshToken) {
        Jwt jwt;
        try {
            jwt = refreshDecoder.decode(refreshToken);
        } catch (JwtException e) {
            throw new IdentityProblems.InvalidCredentials("Invalid or expired refresh token");
        }
        UUID sessionId = uuid(jwt.getClaimAsString(JwtDecoders.SESSION));
        UUID jti = uuid(jwt.getId());
        SessionRepository.Session session = sessionId == null ? null : sessions.lock(sessionId).orElse(null);
        if (session == null || session.revoked() || session.expired()) {
            throw new IdentityProblems.InvalidCredentials("The session of this refresh token has ended");
        }
        if (!session.currentJti().equals(jti)) {
            // a used refresh token again: someone holds a copy, so nobody keeps the session (committed, not rolled back)
            sessions.revoke(sessionId, "reuse");
            log.warn("Refresh token reuse in session {} of user id {}: session revoked", sessionId, session.userId());
            throw new IdentityProblems.InvalidCredentials("Refresh token already used; the session is revoked");
        }
        UserAccount user = accounts.find(jwt.getSubject()).filter(account -> !account.disabled()
                        && account.id() == session.userId())
                .orElseThrow(() -> new IdentityProblems.InvalidCredentials("The token's user cannot log in"));
        UUID next = UUID.randomUUID();
        sessions.rotate(sessionId, next);
        return pair(user, sessionId, next, Instant.now());
    }

    /** Ends the session the access token belongs to: its refresh token and its access tokens stop working. */
    @Transactional
    public void logout(Jwt accessToken) {
        UUID sessionId = uuid(accessToken.getClaimAsString(JwtDecoders.SESSION));
        if (sessionId != null) {
            sessions.revoke(sessionId, "logout");
        }
    }

    /** Ends every session of the user but the one of this token (password change; disabling ends them all). */
    @Transactional
    public int revokeOtherSessions(long userId, Jwt current, String reason) {
        UUID keep = uuid(current.getClaimAsString(JwtDecoders.SESSION));
        return sessions.revokeAllOf(userId, keep == null ? new UUID(0, 0) : keep, reason);
    }

    @Transactional
    public int revokeAllSessions(long userId, String reason) {
        return sessions.revokeAllOf(userId, new UUID(0, 0), reason);
    }

    private TokenPair pair(UserAccount user, UUID session, UUID refreshJti, Instant now) {
        return new TokenPair(
                encode(user, ACCESS, session, UUID.randomUUID(), now, now.plus(properties.accessTokenTtl())),
                "bearer",
                properties.accessTokenTtl().toSeconds(),
                encode(user, REFRESH, session, refreshJti, now, now.plus(properties.refreshTokenTtl())));
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String encode(UserAccount user, String use, UUID session, UUID jti, Instant issuedAt,
            Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(JwtDecoders.ISSUER)
                .audience(List.of(JwtDecoders.AUDIENCE))
                .subject(user.username())
                .id(jti.toString())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim(JwtDecoders.SESSION, session.toString())
                .claim(TOKEN_USE, use)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
