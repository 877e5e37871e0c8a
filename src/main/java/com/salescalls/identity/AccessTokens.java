package com.salescalls.identity;

import java.util.Optional;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Authenticates an access token outside Spring Security's filter chain (a WebSocket handshake carries it in the
 * query or a subprotocol, not in the {@code Authorization} header): the same decoder as the HTTP API, and the
 * caller read from the database, so a deleted user's or a refresh token is refused here as well.
 */
@Component
public class AccessTokens {

    private final JwtDecoder accessDecoder;
    private final UserRepository users;

    AccessTokens(JwtDecoders decoders, UserRepository users) {
        this.accessDecoder = decoders.access();
        this.users = users;
    }

    /** The caller the token stands for, or empty when it is malformed, forged, expired or of another kind. */
    public Optional<CurrentUser> authenticate(String token) {
        try {
            String username = accessDecoder.decode(token).getSubject();
            return users.findByUsername(username).map(UserAccount::asCurrentUser);
        } catch (JwtException e) {
            return Optional.empty();
        }
    }
}
