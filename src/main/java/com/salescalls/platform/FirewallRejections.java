package com.salescalls.platform;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses ({@code ..}, {@code //}, {@code ;}, encoded separators, control
 * characters in the path) gets a 400 problem, picked up as the {@link RequestRejectedHandler} bean, rather than
 * an exception that ends as the container's error page. The detail names no part of the rejected path.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private final ProblemWriter problems;

    FirewallRejections(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.web.firewall.RequestRejectedException rejected) throws java.io.IOException {
        problems.write(response, HttpStatus.BAD_REQUEST,
                "The request path is not normalised (it holds '..', '//', ';' or an encoded separator)");
    }
}
