package com.salescalls.dashboard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the pages under {@code /app/}. They are public files (the data they show comes from the API, which checks
 * the token the page sends), so {@code /app/**} has a security chain of its own, ordered before the API's: no
 * authentication, and the headers a page needs that the JSON API does not, above all a Content-Security-Policy
 * that allows scripts from this origin only (no inline script, no eval), so injected markup could not run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DashboardConfiguration implements WebMvcConfigurer {

    private final DashboardProperties properties;

    DashboardConfiguration(DashboardProperties properties) {
        this.properties = properties;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain dashboard(HttpSecurity http) throws Exception {
        http
                .securityMatcher("/app", "/app/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.NO_REFERRER))
                        // the resource handlers below decide caching: revalidated, never stale after an upgrade
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/app", "/app/");
        registry.addViewController("/app/").setViewName("forward:/app/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/app/vendor/echarts/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/echarts/"
                        + properties.echartsVersion() + "/dist/")
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/app/**")
                .addResourceLocations("classpath:/static/app/")
                .setCacheControl(CacheControl.noCache());
    }
}
