package com.salescalls.agents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AgentDirectoryIntegrationTest {

    @Autowired
    Api api;

    @Test
    void anAdminSetsAnAgentsNamesAndReplacesThem() {
        String admin = api.adminToken();

        Api.Response created = api.putJson("/api/v1/agents/AGENT_DIR_1",
                Map.of("display_name", "Dana Whitfield", "aliases", List.of("Dana W.", " DW ")), admin);
        Api.Response replaced = api.putJson("/api/v1/agents/AGENT_DIR_1",
                Map.of("display_name", "Dana Whitfield-Ortiz"), admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("aliases").toString()).isEqualTo("[\"Dana W.\",\"DW\"]");
        assertThat(replaced.status()).isEqualTo(200);
        Api.Response read = api.get("/api/v1/agents/AGENT_DIR_1", admin);
        assertThat(read.body().get("display_name").asString()).isEqualTo("Dana Whitfield-Ortiz");
        assertThat(read.body().get("aliases").size()).isZero();
    }

    @Test
    void onlyAdminsChangeTheDirectoryAndAnAgentSeesOnlyItsOwnEntry() {
        String admin = api.adminToken();
        api.putJson("/api/v1/agents/AGENT_DIR_2", Map.of("display_name", "Lee Park"), admin);
        api.putJson("/api/v1/agents/AGENT_DIR_3", Map.of("display_name", "Ana Gomez"), admin);
        String agent = api.tokenFor("directory-agent", "password-1");
        api.patchJson("/api/v1/admin/users/directory-agent", Map.of("role", "agent", "agent_id", "AGENT_DIR_2"), admin);

        assertThat(api.putJson("/api/v1/agents/AGENT_DIR_2", Map.of("display_name", "Me"), agent).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/agents/AGENT_DIR_2", agent).body().get("display_name").asString())
                .isEqualTo("Lee Park");
        assertThat(api.get("/api/v1/agents/AGENT_DIR_3", agent).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/agents", agent).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/agents/AGENT_DIR_3", agent).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/agents/AGENT_DIR_3", admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/agents/AGENT_DIR_3", admin).status()).isEqualTo(404);
    }

    @Test
    void badNamesAreNamedIn422() {
        Api.Response response = api.putJson("/api/v1/agents/AGENT_DIR_4",
                Map.of("display_name", " ", "aliases", List.of("ok", "two\nlines")), api.adminToken());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("detail").asString()).contains("display_name").contains("aliases");
        assertThat(api.putJson("/api/v1/agents/bad,id", Map.of("display_name", "X"), api.adminToken()).status())
                .isEqualTo(422);
    }
}
