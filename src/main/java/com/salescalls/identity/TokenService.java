package com.salescalls.identity;

import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;

/**
 * Issues access and refresh tokens. Both are signed JWTs told apart by the {@code token_use} claim, so a
 * refresh token is never accepted as an access token and the other way round. The subject is the username;
 * role and agent are read from the database on each request, never trusted from the token.
 */
@Service
public class TokenService {

    static final String TOKEN_USE = "token_use";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";

    private final JwtEncoder encoder;
    private final JwtDecoder refreshDecoder;
    private final AccountService accounts;
    private final IdentityProperties properties;

    TokenService(JwtEncoder encoder, JwtDecoders decoders, AccountService accounts, IdentityProperties properties) {
        this.encoder = encoder;
        this.refreshDecoder = decoders.refresh();
        this.accounts = accounts;
        this.properties = properties;
    }

    /** What {@code POST /auth/login} and {@code /auth/refresh} answer. */
    public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {
    }

    public TokenPair issue(UserAccount user) {
        Instant now = Instant.now();
        return new TokenPair(
                encode(user, ACCESS, now, now.plus(properties.accessTokenTtl())),
                "bearer",
                properties.accessTokenTtl().toSeconds(),
                encode(user, REFRESH, now, now.plus(properties.refreshTokenTtl())));
    }

    /** A new pair for a valid refresh token of a user who still exists; otherwise 401. */
    public TokenPair refresh(String refreshToken) {
        Jwt jwt;
        try {
            jwt = refreshDecoder.decode(refreshToken);
        } catch (JwtException e) {
            throw new IdentityProblems.InvalidCredentials("Invalid or expired refresh token");
        }
        UserAccount user = accounts.find(jwt.getSubject())
                .orElseThrow(() -> new IdentityProblems.InvalidCredentials("The token's user no longer exists"));
        return issue(user);
    }

    private String encode(UserAccount user, String use, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(JwtDecoders.ISSUER)
                .subject(user.username())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim(TOKEN_USE, use)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
