package com.salescalls.platform;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTest {

    @Test
    void unexpectedErrorIs500WithCorrelationIdAndNoInternals() {
        ResponseEntity<Object> response = new ApiExceptionHandler()
                .unexpected(new IllegalStateException("password=hunter2 at com.salescalls.Secret"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getDetail()).doesNotContain("hunter2").doesNotContain("com.salescalls");
        String correlationId = (String) problem.getProperties().get("correlation_id");
        assertThat(correlationId).hasSize(36);
        assertThat(problem.getDetail()).contains(correlationId);
    }
}
