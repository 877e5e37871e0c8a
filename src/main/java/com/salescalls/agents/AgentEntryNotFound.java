package com.salescalls.agents;

import com.salescalls.platform.Refusal;

/** No directory entry for this agent, or none the caller may see. */
public class AgentEntryNotFound extends Refusal {

    public AgentEntryNotFound(String agentId) {
        super(Kind.NOT_FOUND, "Agent not found", "Agent '" + agentId + "' not found in the agent directory");
    }
}
