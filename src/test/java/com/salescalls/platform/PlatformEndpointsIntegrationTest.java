package com.salescalls.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PlatformEndpointsIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Test
    void rootNamesServiceVersionAndDocs() {
        Api.Response root = api.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body().get("message").asString()).contains("Sales Call Analytics");
        assertThat(root.body().get("version").asString()).isEqualTo("0.1.0");
        assertThat(root.body().get("docs").asString()).isEqualTo("/docs");
    }

    @Test
    void healthReportsDatabaseConnectedWithoutToken() {
        Api.Response health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("healthy");
        assertThat(health.body().get("service").asString()).isEqualTo("sales-call-analytics");
        assertThat(health.body().get("database").asString()).isEqualTo("connected");
        assertThat(health.body().has("cache")).isTrue();
    }

    @Test
    void openApiSpecDescribesTheEndpoints() {
        Api.Response spec = api.get("/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body().get("paths").propertyNames())
                .contains("/api/v1/calls", "/api/v1/calls/{call_id}", "/auth/login", "/auth/register",
                        "/auth/refresh", "/auth/me", "/api/v1/admin/users", "/health");
    }

    @Test
    void swaggerUiIsServedAtDocs() throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.get("/docs")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(200, 302);
        String page = mvc.perform(MockMvcRequestBuilders.get("/swagger-ui/index.html")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsIgnoringCase("swagger");
    }

    @Test
    void refusesBodyOverTheLimitWith413() throws Exception {
        byte[] huge = new byte[2 * 1024 * 1024];
        var response = mvc.perform(MockMvcRequestBuilders.post("/auth/register")
                .contentType(MediaType.APPLICATION_JSON).content(huge)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("larger than the limit");
    }

    @Test
    void unknownPathIs404ProblemForAuthenticatedCaller() {
        Api.Response response = api.get("/api/v1/nothing-here", api.adminToken());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asString()).isNotBlank();
    }
}
