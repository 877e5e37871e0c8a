package com.salescalls.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than {@code app.platform.max-body-size} with 413 before anything reads it. A body
 * sent without a declared length (chunked) is refused the same way when it would be over the limit, since
 * its length is unknown until read; every endpoint that takes a body today takes a small JSON document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(PlatformProperties properties, ProblemWriter problems) {
        this.maxBytes = properties.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared > maxBytes || chunked) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, chunked
                    ? "Request bodies must declare a Content-Length of at most " + maxBytes + " bytes"
                    : "Request body of " + declared + " bytes is larger than the limit of " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
