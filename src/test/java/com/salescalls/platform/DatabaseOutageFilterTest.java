package com.salescalls.platform;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void aDatabaseOutageInAFilterSuchAsTheCallersLookupIs503WithRetryAfterNot500() throws Exception {
        // what the security filter chain throws when the caller's lookup meets a restarting PostgreSQL
        FilterChain lookupFails = (request, response) -> {
            response.getOutputStream().print("partial");
            throw new ServletException(new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                    new SQLTransientConnectionException("salescalls - Connection is not available")));
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/calls"), response, lookupFails);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).doesNotContain("partial").contains("\"status\":503")
                .contains("retry in a few seconds").doesNotContain("salescalls - Connection");
    }

    @Test
    void otherFailuresPassThroughToTheUsualHandling() {
        FilterChain violates = (request, response) -> {
            throw new DataIntegrityViolationException("duplicate key");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/calls"),
                new MockHttpServletResponse(), violates)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anAnswerAlreadyOnTheWireIsLeftAlone() {
        FilterChain failsLate = (request, response) -> {
            response.flushBuffer();
            throw new DataAccessResourceFailureException("connection lost");
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/calls"), response,
                failsLate)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
