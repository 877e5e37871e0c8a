package com.salescalls.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    Api api;

    @Test
    void adminActionsAreRecordedWithWhoWhatWhereAndHowTheyEnded() {
        String admin = api.adminToken();
        api.postJson("/api/v1/admin/users", Map.of("username", "audited-user", "email", "audited@example.com",
                "password", "audit-password-1", "role", "manager"), admin);
        api.patchJson("/api/v1/admin/users/audited-user", Map.of("role", "agent", "agent_id", "AGENT_0042"), admin);
        api.patchJson("/api/v1/admin/users/audited-user", Map.of("disabled", true), admin);
        api.patchJson("/api/v1/admin/users/nobody-here", Map.of("role", "manager"), admin);
        api.postJson("/api/v1/admin/calls/reanalyze?outdated_only=true", "", admin);
        api.postJson("/api/v1/analytics/recalculate", "", admin);

        Api.Response page = api.get("/api/v1/admin/audit?limit=100", admin);
        assertThat(page.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : page.body().get("entries")) {
            actions.add(entry.get("action").asString() + " " + entry.path("target").asString("-") + " "
                    + entry.get("status").asInt());
            assertThat(entry.get("actor").asString()).isEqualTo(Api.ADMIN);
            assertThat(entry.get("client_address").asString()).isNotBlank();
            assertThat(entry.get("at").asString()).isNotBlank();
        }
        assertThat(actions).contains("user.created - 201", "user.changed audited-user 200",
                "user.changed nobody-here 404", "calls.reanalysis_queued - 202", "analytics.recalculation_started - 202");
        assertThat(actions.stream().filter(a -> a.equals("user.changed audited-user 200"))).hasSize(2);
        assertThat(page.raw().getContentAsByteArray().length).isPositive();
        assertThat(new String(page.raw().getContentAsByteArray())).doesNotContain("audit-password-1");

        Api.Response first = api.get("/api/v1/admin/audit?limit=1&offset=0", admin);
        assertThat(first.body().get("entries")).hasSize(1);
        assertThat(first.body().get("total").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(first.body().get("entries").get(0).get("action").asString())
                .isEqualTo("analytics.recalculation_started");

        String manager = api.tokenFor("audit-manager", "audit-password-1");
        assertThat(api.get("/api/v1/admin/audit", manager).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/audit?limit=0", admin).status()).isEqualTo(422);
    }
}
