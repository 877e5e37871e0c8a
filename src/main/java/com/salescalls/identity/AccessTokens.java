package com.salescalls.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Authenticates an access token outside Spring Security's filter chain (a WebSocket handshake carries it in the
 * query or a subprotocol, not in the {@code Authorization} header): the same decoder as the HTTP API, and the
 * caller read from the database, so a deleted or disabled user's token, one of an ended session, or a refresh token is refused here as well.
 */
@Component
public class AccessTokens {

    private final JwtDecoder accessDecoder;
    private final UserRepository users;
    private final CallerCache callers;

    AccessTokens(JwtDecoders decoders, UserRepository users, CallerCache callers) {
        this.accessDecoder = decoders.access();
        this.users = users;
        this.callers = callers;
    }

    /** The user of a decoded access token while its session lives and the user may log in. */
    Optional<UserAccount> caller(Jwt token) {
        String session = token.getClaimAsString(JwtDecoders.SESSION);
        String subject = token.getSubject();
        if (session == null || subject == null) {
            return Optional.empty();
        }
        UUID sessionId;
        try {
            sessionId = UUID.fromString(session);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return callers.find(subject, sessionId, () -> users.findCaller(subject, sessionId));
    }

    /** The caller the token stands for, or empty when it is malformed, forged, expired or of another kind. */
    public Optional<CurrentUser> authenticate(String token) {
        try {
            return caller(accessDecoder.decode(token)).map(UserAccount::asCurrentUser);
        } catch (JwtException e) {
            return Optional.empty();
        }
    }
}
