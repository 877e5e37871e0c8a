package com.salescalls.analytics;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No analysed calls of this agent, or an agent the caller may not see: the two look the same. */
public class AgentNotFound extends ErrorResponseException {

    public AgentNotFound(String agentId) {
        super(HttpStatus.NOT_FOUND, problem(agentId), null);
    }

    private static ProblemDetail problem(String agentId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Agent '" + agentId + "' not found");
        problem.setTitle("Agent not found");
        return problem;
    }
}
