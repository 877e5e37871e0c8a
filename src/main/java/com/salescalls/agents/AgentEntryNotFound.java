package com.salescalls.agents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No directory entry for this agent, or none the caller may see. */
public class AgentEntryNotFound extends ErrorResponseException {

    public AgentEntryNotFound(String agentId) {
        super(HttpStatus.NOT_FOUND, problem(agentId), null);
    }

    private static ProblemDetail problem(String agentId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Agent '" + agentId + "' not found in the agent directory");
        problem.setTitle("Agent not found");
        return problem;
    }
}
