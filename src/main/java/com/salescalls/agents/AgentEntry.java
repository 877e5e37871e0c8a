package com.salescalls.agents;

import java.time.OffsetDateTime;
import java.util.List;

import com.salescalls.insights.AgentNames;

/** One agent's names as an admin set them. */
public record AgentEntry(String agentId, String displayName, List<String> aliases, OffsetDateTime updatedAt) {

    public AgentEntry {
        aliases = List.copyOf(aliases);
    }

    public AgentNames names() {
        return new AgentNames(displayName, aliases);
    }
}
