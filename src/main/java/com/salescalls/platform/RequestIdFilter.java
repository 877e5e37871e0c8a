package com.salescalls.platform;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client's (or the proxy's) {@code X-Request-Id} when it is a plain token, a new one
 * otherwise. It goes back in the response beside {@code X-Instance} (which instance answered) and into the MDC, so
 * every log line the request causes carries it. Runs first, so even a refused body or token is traceable.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String INSTANCE = "X-Instance";
    static final String MDC_KEY = "request_id";
    // bounded and without spaces or control characters: it is written into logs and headers as it is
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@+=/-]{1,128}");

    private final String instance;

    RequestIdFilter(OperationsProperties properties) {
        this.instance = properties.instance();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(MDC_KEY) instanceof String earlier ? earlier : idOf(request);
        request.setAttribute(MDC_KEY, id);
        response.setHeader(REQUEST_ID, id);
        response.setHeader(INSTANCE, instance);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static String idOf(HttpServletRequest request) {
        String given = request.getHeader(REQUEST_ID);
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    // an error dispatch runs in the same thread after the filter returned: it logs under the same id
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
