package com.salescalls.identity;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminIntegrationTest {

    @Autowired
    Api api;

    private static Map<String, Object> change(String role, String agentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        body.put("agent_id", agentId);
        return body;
    }

    @Test
    void configuredAdminExistsAndListsUsers() {
        api.tokenFor("listed-user", "password-1");
        Api.Response users = api.get("/api/v1/admin/users?limit=100", api.adminToken());
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(users.body().get("users").findValuesAsString("username")).contains(Api.ADMIN, "listed-user");
        assertThat(api.get("/auth/me", api.adminToken()).body().get("role").asString()).isEqualTo("admin");
    }

    @Test
    void onlyAdminsManageUsers() {
        String manager = api.tokenFor("plain-manager", "password-1");
        assertThat(api.get("/api/v1/admin/users", manager).status()).isEqualTo(403);
        Api.Response patch = api.patchJson("/api/v1/admin/users/plain-manager", change("admin", null), manager);
        assertThat(patch.status()).isEqualTo(403);
        assertThat(patch.body().get("detail").asString()).isNotBlank();
    }

    @Test
    void adminBindsUserToAgentAndTheChangeAppliesToExistingTokens() {
        String token = api.tokenFor("future-agent", "password-1");
        Api.Response changed = api.patchJson("/api/v1/admin/users/future-agent", change("agent", "AGENT_0007"),
                api.adminToken());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("role").asString()).isEqualTo("agent");
        assertThat(changed.body().get("agent_id").asString()).isEqualTo("AGENT_0007");
        Api.Response me = api.get("/auth/me", token);
        assertThat(me.body().get("role").asString()).isEqualTo("agent");
        assertThat(me.body().get("agent_id").asString()).isEqualTo("AGENT_0007");

        Api.Response back = api.patchJson("/api/v1/admin/users/future-agent", change("manager", null),
                api.adminToken());
        assertThat(back.body().get("role").asString()).isEqualTo("manager");
        assertThat(back.body().get("agent_id").isNull()).isTrue();
    }

    @Test
    void invalidRoleChangesAre422() {
        api.tokenFor("target-user", "password-1");
        String admin = api.adminToken();
        Api.Response unknownRole = api.patchJson("/api/v1/admin/users/target-user", change("overlord", null), admin);
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.body().get("errors").get(0).get("parameter").asString()).isEqualTo("role");
        assertThat(api.patchJson("/api/v1/admin/users/target-user", change("agent", null), admin).status())
                .isEqualTo(422);
        assertThat(api.patchJson("/api/v1/admin/users/target-user", change("manager", "AGENT_0001"), admin)
                .status()).isEqualTo(422);
        assertThat(api.patchJson("/api/v1/admin/users/target-user", change("agent", "bad id!"), admin).status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/admin/users?limit=101", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/users?offset=-1", admin).status()).isEqualTo(422);
    }

    @Test
    void adminCreatesAgentUserBoundToItsAgent() {
        Map<String, Object> agent = Map.of("username", "made-agent", "email", "made@example.com",
                "password", "password-1", "role", "agent", "agent_id", "AGENT_0011");
        Api.Response created = api.postJson("/api/v1/admin/users", agent, api.adminToken());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("role").asString()).isEqualTo("agent");
        assertThat(created.body().get("agent_id").asString()).isEqualTo("AGENT_0011");
        assertThat(api.get("/auth/me", api.login("made-agent", "password-1")).body().get("agent_id").asString())
                .isEqualTo("AGENT_0011");
        assertThat(api.postJson("/api/v1/admin/users", agent, api.adminToken()).status()).isEqualTo(409);

        Map<String, Object> unbound = Map.of("username", "unbound-agent", "email", "unbound@example.com",
                "password", "password-1", "role", "agent");
        Api.Response missingAgent = api.postJson("/api/v1/admin/users", unbound, api.adminToken());
        assertThat(missingAgent.status()).isEqualTo(422);
        assertThat(missingAgent.body().get("detail").asString()).contains("agent_id");
        assertThat(api.postJson("/api/v1/admin/users", unbound, api.tokenFor("not-admin", "password-1")).status())
                .isEqualTo(403);
    }

    @Test
    void selfRegistrationCannotChooseItsRole() {
        Api.Response registered = api.postJson("/auth/register", Map.of("username", "sneaky", "email",
                "sneaky@example.com", "password", "password-1", "role", "admin", "agent_id", "AGENT_0001"), null);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().get("role").asString()).isEqualTo("manager");
        assertThat(registered.body().get("agent_id").isNull()).isTrue();
    }

    @Test
    void unknownUserIs404() {
        Api.Response missing = api.patchJson("/api/v1/admin/users/nobody-here", change("manager", null),
                api.adminToken());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("detail").asString()).contains("not found");
    }

    @Test
    void lastAdminCannotBeDemoted() {
        Api.Response demote = api.patchJson("/api/v1/admin/users/" + Api.ADMIN, change("manager", null),
                api.adminToken());
        assertThat(demote.status()).isEqualTo(409);
        assertThat(api.get("/auth/me", api.adminToken()).body().get("role").asString()).isEqualTo("admin");
    }
}
