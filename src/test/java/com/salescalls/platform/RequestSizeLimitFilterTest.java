package com.salescalls.platform;

import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(
            new PlatformProperties("test", Path.of("data"), "", DataSize.ofBytes(100), "", 2, 100),
            new ProblemWriter(JsonMapper.builder().build()), List.of(new BodySizeLimit("/bulk", DataSize.ofBytes(300))));

    /** A request that, like a chunked one, does not say how long its body is. */
    private static MockHttpServletRequest undeclared(int bodyBytes) {
        return undeclared("/auth/register", bodyBytes);
    }

    private static MockHttpServletRequest undeclared(String path, int bodyBytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[bodyBytes]);
        return request;
    }

    private static final FilterChain READ_ALL = (request, response) -> request.getInputStream().readAllBytes();

    @Test
    void declaredOversizedBodyIsRefusedBeforeReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/auth/register");
        request.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the body must not reach the application");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("larger than the limit of 100 bytes");
    }

    @Test
    void undeclaredBodyFailsOnceReadPastTheLimit() {
        assertThatThrownBy(() -> filter.doFilter(undeclared(101), new MockHttpServletResponse(), READ_ALL))
                .isInstanceOf(RequestSizeLimitFilter.BodyTooLarge.class);
    }

    @Test
    void bodiesWithinTheLimitPassWhole() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(undeclared(100), response, READ_ALL);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void pathWithItsOwnLimitTakesLargerBodiesUpToThatLimit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(undeclared("/bulk", 300), response, READ_ALL);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThatThrownBy(() -> filter.doFilter(undeclared("/bulk", 301), new MockHttpServletResponse(), READ_ALL))
                .isInstanceOf(RequestSizeLimitFilter.BodyTooLarge.class).hasMessageContaining("300 bytes");
    }
}
