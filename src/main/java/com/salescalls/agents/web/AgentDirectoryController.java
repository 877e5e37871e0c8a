package com.salescalls.agents.web;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.Identifiers;
import com.salescalls.agents.AgentDirectory;
import com.salescalls.agents.AgentEntry;
import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.InvalidParameters;

/** The agent directory; the security configuration lets only admins change it. */
@RestController
@Tag(name = "agents")
class AgentDirectoryController {

    private static final String ID = Identifiers.PATTERN;
    /** one line of letters, digits, spaces and the punctuation of names */
    private static final String NAME = "[^\\p{Cntrl}]{1,100}";
    private static final String NAME_MESSAGE = "must be 1-100 characters on one line";

    private final AgentDirectory directory;

    AgentDirectoryController(AgentDirectory directory) {
        this.directory = directory;
    }

    record AgentNamesBody(
            @NotBlank @Pattern(regexp = NAME, message = NAME_MESSAGE) String displayName,
            @Nullable @Size(max = 20, message = "must hold at most 20 aliases")
            List<@NotNull @NotBlank @Pattern(regexp = NAME, message = NAME_MESSAGE) String> aliases) {
    }

    record AgentView(String agentId, String displayName, List<String> aliases, OffsetDateTime updatedAt) {

        static AgentView of(AgentEntry entry) {
            return new AgentView(entry.agentId(), entry.displayName(), entry.aliases(), entry.updatedAt());
        }
    }

    record AgentList(List<AgentView> agents, long total, int limit, int offset) {
    }

    @PutMapping(path = "/api/v1/agents/{agent_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the display name and aliases an agent goes by in transcripts (admin only): 201 when "
            + "new, 200 when replaced. Speakers of calls ingested later with one of these names count as the agent")
    ResponseEntity<AgentView> put(@PathVariable("agent_id") String agentId, @Valid @RequestBody AgentNamesBody body) {
        // checked here, not by an annotation: method validation would name the body's fields "body"
        if (!agentId.matches(ID)) {
            throw new InvalidParameters("agent_id", Identifiers.MESSAGE);
        }
        AgentDirectory.Stored stored = directory.put(agentId, body.displayName(),
                body.aliases() == null ? List.of() : body.aliases());
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(AgentView.of(stored.entry()));
    }

    @GetMapping("/api/v1/agents/{agent_id}")
    @Operation(summary = "An agent's directory entry (an agent user sees only its own)")
    AgentView get(@AuthenticationPrincipal CurrentUser caller, @PathVariable("agent_id") String agentId) {
        return AgentView.of(directory.get(agentId, caller));
    }

    @GetMapping("/api/v1/agents")
    @Operation(summary = "The agent directory, by agent id (admins and managers)")
    AgentList list(@RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(name = "offset", defaultValue = "0") @Min(0) int offset) {
        AgentDirectory.Page page = directory.list(limit, offset);
        return new AgentList(page.agents().stream().map(AgentView::of).toList(), page.total(), limit, offset);
    }

    @DeleteMapping("/api/v1/agents/{agent_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an agent's directory entry (admin only)")
    void delete(@PathVariable("agent_id") String agentId) {
        directory.delete(agentId);
    }
}
