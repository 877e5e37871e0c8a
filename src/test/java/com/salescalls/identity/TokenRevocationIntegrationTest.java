package com.salescalls.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens that can be taken back: logout, rotation with reuse detection, password change, disabled users, claims. */
@IntegrationTest
class TokenRevocationIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JwtDecoders decoders;

    private record Session(String access, String refresh) {
    }

    private Session login(String username, String password) {
        Api.Response response = api.postForm("/auth/login", Map.of("username", username, "password", password));
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        return new Session(response.body().get("access_token").asString(),
                response.body().get("refresh_token").asString());
    }

    private Api.Response refresh(String refreshToken) {
        return api.postJson("/auth/refresh", Map.of("refresh_token", refreshToken), null);
    }

    private void user(String username) {
        api.postJson("/auth/register", Map.of("username", username, "email", username + "@example.com",
                "password", "token-password-1"), null);
    }

    @Test
    void logoutEndsTheRefreshTokenAndTheAccessTokenAtOnce() {
        user("tok-logout");
        Session session = login("tok-logout", "token-password-1");
        Session other = login("tok-logout", "token-password-1");
        assertThat(api.get("/auth/me", session.access()).status()).isEqualTo(200);
        assertThat(api.postJson("/auth/logout", "", session.access()).status()).isEqualTo(204);
        assertThat(api.get("/auth/me", session.access()).status()).isEqualTo(401);
        assertThat(refresh(session.refresh()).status()).isEqualTo(401);
        // another session of the same user lives on
        assertThat(api.get("/auth/me", other.access()).status()).isEqualTo(200);
        assertThat(api.postJson("/auth/logout", "", null).status()).isEqualTo(401);
    }

    @Test
    void refreshTokensRotateAndReusingAnOldOneRevokesTheWholeSession() {
        user("tok-rotate");
        Session first = login("tok-rotate", "token-password-1");
        Api.Response second = refresh(first.refresh());
        assertThat(second.status()).isEqualTo(200);
        String secondRefresh = second.body().get("refresh_token").asString();
        assertThat(secondRefresh).isNotEqualTo(first.refresh());
        Api.Response third = refresh(secondRefresh);
        assertThat(third.status()).isEqualTo(200);
        String thirdAccess = third.body().get("access_token").asString();
        String thirdRefresh = third.body().get("refresh_token").asString();
        assertThat(api.get("/auth/me", thirdAccess).status()).isEqualTo(200);

        Api.Response replay = refresh(first.refresh());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body().get("detail").asString()).contains("already used");
        // the thief's copy and the rightful client's newest tokens alike: the family is gone
        assertThat(refresh(thirdRefresh).status()).isEqualTo(401);
        assertThat(api.get("/auth/me", thirdAccess).status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsEveryOtherSession() {
        user("tok-password");
        Session here = login("tok-password", "token-password-1");
        Session elsewhere = login("tok-password", "token-password-1");
        Api.Response wrong = api.postJson("/auth/password", Map.of("current_password", "not-the-password",
                "new_password", "token-password-2"), here.access());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(api.get("/auth/me", elsewhere.access()).status()).isEqualTo(200);

        assertThat(api.postJson("/auth/password", Map.of("current_password", "token-password-1",
                "new_password", "token-password-2"), here.access()).status()).isEqualTo(204);
        assertThat(api.get("/auth/me", elsewhere.access()).status()).isEqualTo(401);
        assertThat(refresh(elsewhere.refresh()).status()).isEqualTo(401);
        assertThat(api.get("/auth/me", here.access()).status()).isEqualTo(200);
        assertThat(api.postForm("/auth/login", Map.of("username", "tok-password", "password", "token-password-1"))
                .status()).isEqualTo(401);
        login("tok-password", "token-password-2");
    }

    @Test
    void aDisabledUserIsRefusedAtOnceAndLooksLikeAWrongPassword() {
        user("tok-disabled");
        Session session = login("tok-disabled", "token-password-1");
        String admin = api.adminToken();
        Api.Response disabled = api.patchJson("/api/v1/admin/users/tok-disabled", Map.of("disabled", true), admin);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("disabled").asBoolean()).isTrue();
        assertThat(api.get("/auth/me", session.access()).status()).isEqualTo(401);
        assertThat(refresh(session.refresh()).status()).isEqualTo(401);

        Api.Response refused = api.postForm("/auth/login", Map.of("username", "tok-disabled",
                "password", "token-password-1"));
        Api.Response unknown = api.postForm("/auth/login", Map.of("username", "tok-nobody",
                "password", "token-password-1"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("detail")).isEqualTo(unknown.body().get("detail"));

        assertThat(api.patchJson("/api/v1/admin/users/tok-disabled", Map.of("disabled", false), admin).status())
                .isEqualTo(200);
        login("tok-disabled", "token-password-1");
        // the last admin cannot lock everyone out
        assertThat(api.patchJson("/api/v1/admin/users/" + Api.ADMIN, Map.of("disabled", true), admin).status())
                .isEqualTo(409);
    }

    @Test
    void issuerAudienceExpiryClockSkewAndSizeAreChecked() {
        user("tok-claims");
        Jwt real = decoders.access().decode(login("tok-claims", "token-password-1").access());
        assertThat(api.get("/auth/me", forge(real, claims -> { })).status()).isEqualTo(200);

        assertThat(api.get("/auth/me", forge(real, claims -> claims.claims(c -> c.remove("exp")))).status())
                .isEqualTo(401);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.audience(List.of("another-api")))).status())
                .isEqualTo(401);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.claims(c -> c.remove("aud")))).status())
                .isEqualTo(401);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.issuer("someone-else"))).status())
                .isEqualTo(401);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.claims(c -> c.remove("sid")))).status())
                .isEqualTo(401);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.expiresAt(Instant.now().minusSeconds(10))))
                .status()).as("within the clock skew").isEqualTo(200);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.expiresAt(Instant.now().minusSeconds(45))))
                .status()).as("beyond the clock skew").isEqualTo(401);
        assertThat(api.get("/auth/me", forge(real, claims -> claims.notBefore(Instant.now().plusSeconds(120))))
                .status()).isEqualTo(401);

        Api.Response huge = api.get("/auth/me", forge(real, claims -> claims.claim("pad", "x".repeat(5_000))));
        assertThat(huge.status()).isEqualTo(401);
        assertThat(huge.body().get("detail").asString()).contains("longer than");
    }

    /** A token signed with the real key, from a real token's claims, changed by {@code change}. */
    private String forge(Jwt real, Consumer<JwtClaimsSet.Builder> change) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder();
        real.getClaims().forEach(claims::claim);
        claims.issuedAt(Instant.now().minusSeconds(600));
        change.accept(claims);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
