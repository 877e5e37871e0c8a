package com.salescalls.identity;

import javax.crypto.SecretKey;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** One decoder per kind of token: each checks signature, expiry, issuer and that the token is of its kind. */
record JwtDecoders(NimbusJwtDecoder access, NimbusJwtDecoder refresh) {

    static final String ISSUER = "sales-call-analytics";

    static JwtDecoders of(SecretKey key) {
        return new JwtDecoders(decoder(key, TokenService.ACCESS), decoder(key, TokenService.REFRESH));
    }

    private static NimbusJwtDecoder decoder(SecretKey key, String use) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> kind = jwt -> use.equals(jwt.getClaimAsString(TokenService.TOKEN_USE))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "Expected a token of kind " + use, null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ISSUER), kind));
        return decoder;
    }
}
