package com.salescalls.identity;

import java.time.Instant;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JwtEncoder encoder;

    private Api.Response register(String username, String email, String password) {
        return api.postJson("/auth/register", Map.of("username", username, "email", email, "password", password),
                null);
    }

    @Test
    void registerCreatesManagerWithoutExposingPassword() throws Exception {
        Api.Response created = register("alice", "alice@example.com", "correct-horse");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("username").asString()).isEqualTo("alice");
        assertThat(created.body().get("email").asString()).isEqualTo("alice@example.com");
        assertThat(created.body().get("role").asString()).isEqualTo("manager");
        assertThat(created.body().get("id").asLong()).isPositive();
        assertThat(created.body().get("created_at").asString()).isNotBlank();
        assertThat(created.raw().getContentAsString()).doesNotContain("correct-horse").doesNotContain("password");
    }

    @Test
    void duplicateUsernameOrEmailIsConflictWhateverTheCase() {
        assertThat(register("bob", "bob@example.com", "password-1").status()).isEqualTo(201);
        Api.Response sameName = register("BOB", "other@example.com", "password-1");
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.body().get("detail").asString()).contains("already exists");
        assertThat(register("bobby", "Bob@Example.com", "password-1").status()).isEqualTo(409);
    }

    @Test
    void registrationValidatesEachFieldWith422() {
        Api.Response shortPassword = register("carol", "carol@example.com", "short");
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.body().get("errors").get(0).get("parameter").asString()).isEqualTo("password");
        assertThat(register("carol", "not-an-email", "password-1").status()).isEqualTo(422);
        assertThat(register("c", "carol@example.com", "password-1").status()).isEqualTo(422);
        assertThat(register("carol smith", "carol@example.com", "password-1").status()).isEqualTo(422);
        assertThat(register("carol", "carol@example.com", "ü".repeat(40)).status()).isEqualTo(422);
    }

    @Test
    void unreadableBodyIs400AndWrongContentTypeIs415() {
        assertThat(api.postJson("/auth/register", "{not json", null).status()).isEqualTo(400);
        Api.Response form = api.postForm("/auth/register", Map.of("username", "dave"));
        assertThat(form.status()).isEqualTo(415);
    }

    @Test
    void loginWorksFormEncodedAndAsJson() {
        register("erin", "erin@example.com", "erin-password");
        Api.Response form = api.postForm("/auth/login", Map.of("username", "erin", "password", "erin-password"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().get("token_type").asString()).isEqualTo("bearer");
        assertThat(form.body().get("expires_in").asLong()).isEqualTo(1800);
        assertThat(form.body().get("access_token").asString()).isNotBlank();
        assertThat(form.body().get("refresh_token").asString()).isNotBlank();

        Api.Response json = api.postJson("/auth/login", Map.of("username", "erin", "password", "erin-password"),
                null);
        assertThat(json.status()).isEqualTo(200);

        Api.Response me = api.get("/auth/me", json.body().get("access_token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo("erin");
        assertThat(me.body().get("role").asString()).isEqualTo("manager");
    }

    @Test
    void wrongPasswordOrUnknownUserIs401WithChallenge() {
        register("frank", "frank@example.com", "frank-password");
        Api.Response wrong = api.postForm("/auth/login", Map.of("username", "frank", "password", "nope-nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(wrong.body().get("detail").asString()).isEqualTo("Incorrect username or password");
        Api.Response unknown = api.postForm("/auth/login", Map.of("username", "nobody", "password", "whatever1"));
        assertThat(unknown.status()).isEqualTo(401);
        Api.Response tooLong = api.postForm("/auth/login", Map.of("username", "frank", "password", "x".repeat(100)));
        assertThat(tooLong.status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsAreThrottledPerUsername() {
        register("henry", "henry@example.com", "henry-password");
        register("iris", "iris@example.com", "iris-password");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(api.postForm("/auth/login", Map.of("username", "henry", "password", "guess-" + attempt))
                    .status()).isEqualTo(401);
        }
        Api.Response throttled = api.postForm("/auth/login",
                Map.of("username", "HENRY", "password", "henry-password"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(throttled.body().get("detail").asString()).contains("Too many failed logins");
        assertThat(api.postForm("/auth/login", Map.of("username", "iris", "password", "iris-password")).status())
                .isEqualTo(200);
    }

    @Test
    void loginWithoutPasswordIs422() {
        Api.Response missing = api.postForm("/auth/login", Map.of("username", "frank"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("detail").asString()).contains("password");
    }

    @Test
    void refreshTokenGivesNewPairButIsNoAccessToken() {
        register("grace", "grace@example.com", "grace-password");
        Api.Response login = api.postForm("/auth/login", Map.of("username", "grace", "password", "grace-password"));
        String refresh = login.body().get("refresh_token").asString();
        String access = login.body().get("access_token").asString();

        Api.Response refreshed = api.postJson("/auth/refresh", Map.of("refresh_token", refresh), null);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(api.get("/auth/me", refreshed.body().get("access_token").asString()).status()).isEqualTo(200);

        assertThat(api.get("/auth/me", refresh).status()).isEqualTo(401);
        Api.Response accessAsRefresh = api.postJson("/auth/refresh", Map.of("refresh_token", access), null);
        assertThat(accessAsRefresh.status()).isEqualTo(401);
        assertThat(accessAsRefresh.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void missingMalformedForgedOrExpiredTokenIs401WithChallenge() {
        Api.Response missing = api.get("/api/v1/calls");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(missing.body().get("detail").asString()).contains("Not authenticated");

        Api.Response malformed = api.get("/api/v1/calls", "not.a.jwt");
        assertThat(malformed.status()).isEqualTo(401);
        assertThat(malformed.header("WWW-Authenticate")).contains("invalid_token");

        String forged = token(new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(
                "a-different-secret-of-enough-length-123456".getBytes(), "HmacSHA256"))), Api.ADMIN,
                Instant.now().plusSeconds(600));
        assertThat(api.get("/api/v1/calls", forged).status()).isEqualTo(401);

        String expired = token(encoder, Api.ADMIN, Instant.now().minusSeconds(600));
        Api.Response expiredResponse = api.get("/api/v1/calls", expired);
        assertThat(expiredResponse.status()).isEqualTo(401);
        assertThat(expiredResponse.body().get("detail").asString()).containsIgnoringCase("expired");
    }

    @Test
    void tokenOfUnknownUserIs401() {
        String ghost = token(encoder, "ghost-user", Instant.now().plusSeconds(600));
        assertThat(api.get("/auth/me", ghost).status()).isEqualTo(401);
    }

    private static String token(JwtEncoder encoder, String subject, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(JwtDecoders.ISSUER).subject(subject)
                .issuedAt(expiresAt.minusSeconds(1200)).expiresAt(expiresAt)
                .claim(TokenService.TOKEN_USE, TokenService.ACCESS).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
