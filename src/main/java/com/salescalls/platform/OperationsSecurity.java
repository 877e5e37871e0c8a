package com.salescalls.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * The operators' endpoints are open: the probes on the public port (a balancer or orchestrator calls them without a
 * token) and Boot's endpoints, which live on the management port only ({@code /metrics}, its {@code /health}),
 * a port that is never published behind the proxy. Checked before the API's chain.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @ConditionalOnWebApplication
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
                        withDefaults().matcher("/health/live"), withDefaults().matcher("/health/ready")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
