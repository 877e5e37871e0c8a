package com.salescalls.analytics;

import com.salescalls.platform.Refusal;

/** No analysed calls of this agent, or an agent the caller may not see: the two look the same. */
public class AgentNotFound extends Refusal {

    public AgentNotFound(String agentId) {
        super(Kind.NOT_FOUND, "Agent not found", "Agent '" + agentId + "' not found");
    }
}
