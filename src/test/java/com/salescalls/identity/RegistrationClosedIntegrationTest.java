package com.salescalls.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "app.identity.registration-enabled=false")
class RegistrationClosedIntegrationTest {

    @Autowired
    Api api;

    @Test
    void selfRegistrationIsRefusedWhenTurnedOff() {
        Api.Response response = api.postJson("/auth/register",
                Map.of("username", "latecomer", "email", "late@example.com", "password", "password-1"), null);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asString()).contains("turned off");
        assertThat(api.adminToken()).isNotBlank();
    }
}
