package com.salescalls.platform;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, refusing an origin that {@code CORS_ORIGINS} does not list with a 403 problem instead of
 * the plain text {@code Invalid CORS request}.
 */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ProblemWriter problems;

    public ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        problems.write(((ServletServerHttpResponse) response).getServletResponse(), HttpStatus.FORBIDDEN,
                "This origin may not call the API from a browser (CORS_ORIGINS does not list it)");
    }
}
