package com.salescalls.identity;

import java.util.List;

import javax.crypto.SecretKey;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import com.salescalls.platform.PlatformProperties;
import com.salescalls.platform.ProblemCorsProcessor;
import com.salescalls.platform.ProblemWriter;

/**
 * Who may call what. Every {@code /api/v1/**} path needs an access token (admin paths the admin role);
 * the service, documentation and login endpoints are open. Tokens are checked by Spring Security's
 * resource server; the caller is then loaded from the database (through {@link CallerCache}, which every change of
 * the user or session evicts), so a disabled user's or a revoked session's token stops working at once.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, JwtDecoder accessDecoder, AccessTokens tokens,
            ProblemWriter problems, IdentityProperties properties) throws Exception {
        AuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        http
                .csrf(csrf -> csrf.disable())
                // closed unless CORS_ORIGINS names origins: browsers elsewhere get no CORS headers
                .cors(cors -> cors.disable())
                .addFilterAfter(corsFilter(properties.allowedOrigins(), problems), HeaderWriterFilter.class)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> {
                            if (properties.hstsMaxAge().isZero()) {
                                hsts.disable();
                            } else {
                                // behind a TLS-terminating proxy the request looks plain: send it whenever set
                                hsts.maxAgeInSeconds(properties.hstsMaxAge().toSeconds()).includeSubDomains(true)
                                        .requestMatcher(request -> true);
                            }
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/health", "/error", "/docs", "/docs/**", "/swagger-ui/**",
                                "/openapi.json", "/openapi.json/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/auth/register", "/auth/login", "/auth/refresh").permitAll()
                        // WebSocket handshakes authenticate in live's handshake interceptor (token in query or subprotocol)
                        .requestMatchers(HttpMethod.GET, "/ws/**").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        // operators' endpoints, when on this port at all: never for ordinary users
                        .requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/analytics/recalculate").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/agents/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/agents/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/agents").hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls", "/api/v1/calls/bulk")
                        .hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerTokens())
                        .jwt(jwt -> jwt.decoder(accessDecoder).jwtAuthenticationConverter(token ->
                                new CallerAuthentication(tokens.caller(token)
                                        .orElseThrow(() -> new InvalidBearerTokenException(
                                                "The token's session has ended or its user cannot log in"))
                                        .asCurrentUser(), token)))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /** The request firewall's header and parameter checks without a regular expression per header. */
    @Bean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    /**
     * No Spring Security observations (a timed observation per filter, with tags built and sorted on every request):
     * operators read per-endpoint timing from {@code http.server.requests}, which stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** 401 with the RFC 6750 {@code WWW-Authenticate: Bearer} challenge and a problem body saying why. */
    private static AuthenticationEntryPoint unauthenticated(ProblemWriter problems) {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, exception instanceof InvalidBearerTokenException
                    ? "Bearer error=\"invalid_token\"" : "Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED, reason(exception));
        };
    }

    private static String reason(AuthenticationException exception) {
        return exception instanceof InvalidBearerTokenException
                ? "Invalid or expired token: " + exception.getMessage()
                : "Not authenticated: send a bearer access token (POST /auth/login issues one)";
    }

    private static AccessDeniedHandler forbidden(ProblemWriter problems) {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            problems.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request");
        };
    }

    private static CorsFilter corsFilter(List<String> origins, ProblemWriter problems) {
        CorsFilter filter = new CorsFilter(corsSource(origins));
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        return filter;
    }

    private static CorsConfigurationSource corsSource(List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> allowed = origins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        if (!allowed.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowed);
            configuration.setAllowedMethods(List.of("GET", "POST", "PATCH", "OPTIONS"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
            configuration.setExposedHeaders(List.of("Location", "Retry-After", "WWW-Authenticate"));
            configuration.setMaxAge(600L);
            source.registerCorsConfiguration("/**", configuration);
        }
        return source;
    }

    /** The origins live's WebSocket handshakes accept besides the API's own. */
    @Bean
    AllowedOrigins allowedOrigins(IdentityProperties properties) {
        return new AllowedOrigins(properties.allowedOrigins().stream().map(String::strip)
                .filter(origin -> !origin.isEmpty()).toList());
    }

    @Bean
    SecretKey jwtKey(IdentityProperties identity, PlatformProperties platform) {
        return JwtSecret.resolve(identity, platform);
    }

    @Bean
    JwtDecoders jwtDecoders(SecretKey jwtKey, IdentityProperties properties) {
        return JwtDecoders.of(jwtKey, properties.callerCache().maxEntries());
    }

    @Bean
    JwtDecoder accessTokenDecoder(JwtDecoders decoders) {
        return decoders.access();
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
