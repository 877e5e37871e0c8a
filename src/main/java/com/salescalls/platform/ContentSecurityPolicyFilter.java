package com.salescalls.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Content-Security-Policy on every answer: Swagger UI ({@code /docs}) may load its own scripts, styles and the
 * spec from this origin and nothing else; API answers (JSON, never meant to render) allow nothing at all. The
 * dashboard under {@code /app/} sets its own policy. Framing is refused everywhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String DOCS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path.equals("/docs") || path.startsWith("/docs/") || path.startsWith("/swagger-ui/")) {
            response.setHeader("Content-Security-Policy", DOCS);
        } else if (!path.startsWith("/app/") && !path.equals("/app")) {
            response.setHeader("Content-Security-Policy", API);
        }
        chain.doFilter(request, response);
    }
}
