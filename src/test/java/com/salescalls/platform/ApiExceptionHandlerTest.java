package com.salescalls.platform;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTest {

    @Test
    void bodyFoundTooLargeWhileReadingIs413() {
        var unreadable = new HttpMessageNotReadableException("could not read",
                new RequestSizeLimitFilter.BodyTooLarge(100), new MockHttpInputMessage(new byte[0]));
        ResponseEntity<Object> response = new ApiExceptionHandler(new ProblemWriter(tools.jackson.databind.json.JsonMapper.builder().build())).handleHttpMessageNotReadable(unreadable,
                new HttpHeaders(), HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("larger than the limit");
    }

    @Test
    void unexpectedErrorIs500WithCorrelationIdAndNoInternals() {
        ResponseEntity<Object> response = new ApiExceptionHandler(new ProblemWriter(tools.jackson.databind.json.JsonMapper.builder().build()))
                .unexpected(new IllegalStateException("internal state hunter2 at com.salescalls.Secret"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getDetail()).doesNotContain("hunter2").doesNotContain("com.salescalls");
        String correlationId = (String) problem.getProperties().get("correlation_id");
        assertThat(correlationId).hasSize(36);
        assertThat(problem.getDetail()).contains(correlationId);
    }
}
