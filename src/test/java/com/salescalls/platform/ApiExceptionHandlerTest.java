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

    @Test
    void aDatabaseThatCannotBeReachedIs503WithRetryAfterNot500() throws Exception {
        org.springframework.test.web.servlet.MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders
                .standaloneSetup(new FailingDatabase()).setControllerAdvice(new ApiExceptionHandler(
                        new ProblemWriter(tools.jackson.databind.json.JsonMapper.builder().build()))).build();
        for (String path : java.util.List.of("/no-connection", "/terminated", "/no-transaction")) {
            var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(503);
            assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).as(path).isEqualTo("5");
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(path).doesNotContain("secret-value");
        }
    }

    /** What the pool, the driver and the transaction manager throw while PostgreSQL restarts. */
    @org.springframework.web.bind.annotation.RestController
    static class FailingDatabase {
        @org.springframework.web.bind.annotation.GetMapping("/no-connection")
        String noConnection() {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("Connection is not available, request timed out"));
        }

        @org.springframework.web.bind.annotation.GetMapping("/terminated")
        String terminated() {
            throw new org.springframework.dao.DataAccessResourceFailureException("select ... 'secret-value'",
                    new java.sql.SQLException("terminating connection due to administrator command", "57P01"));
        }

        @org.springframework.web.bind.annotation.GetMapping("/no-transaction")
        String noTransaction() {
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection");
        }
    }
}
