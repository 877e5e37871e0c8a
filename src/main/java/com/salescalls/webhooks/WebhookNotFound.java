package com.salescalls.webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No webhook with this id. */
public class WebhookNotFound extends ErrorResponseException {

    public WebhookNotFound(Object webhookId) {
        super(HttpStatus.NOT_FOUND, problem(webhookId), null);
    }

    private static ProblemDetail problem(Object webhookId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Webhook '" + webhookId + "' not found");
        problem.setTitle("Webhook not found");
        return problem;
    }
}
