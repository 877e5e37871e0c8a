package com.salescalls.dashboard;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the dashboard.
 *
 * @param echartsVersion         the version of the {@code org.webjars.npm:echarts} jar on the classpath (filled in by
 *                               the build from the pom), whose {@code dist/} is served as {@code /app/vendor/echarts/}
 * @param contentSecurityPolicy  the {@code Content-Security-Policy} of every {@code /app/} response
 */
@Validated
@ConfigurationProperties("app.dashboard")
record DashboardProperties(@NotBlank String echartsVersion, @NotBlank String contentSecurityPolicy) {
}
