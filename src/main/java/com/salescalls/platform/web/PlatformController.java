package com.salescalls.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.CacheStatus;
import com.salescalls.platform.PlatformProperties;

/** The unauthenticated endpoints that say what is running and whether it is well. */
@RestController
@Tag(name = "service")
class PlatformController {

    static final String SERVICE = "sales-call-analytics";

    private final JdbcClient jdbc;
    private final PlatformProperties properties;
    private final CacheStatus cache;

    PlatformController(JdbcClient jdbc, PlatformProperties properties, CacheStatus cache) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.cache = cache;
    }

    record Root(String message, String version, String docs) {
    }

    @GetMapping("/")
    @Operation(summary = "What this service is and where its documentation lives")
    Root root() {
        return new Root("Sales Call Analytics API", properties.version(), "/docs");
    }

    @GetMapping("/health")
    @Operation(summary = "Liveness and dependencies: 200 when healthy or only the cache is degraded, 503 naming the failing part")
    ResponseEntity<Map<String, String>> health() {
        boolean databaseUp = databaseAnswers();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", databaseUp ? "healthy" : "unhealthy");
        body.put("service", SERVICE);
        body.put("database", databaseUp ? "connected" : "disconnected");
        // A degraded cache does not make the service unhealthy: reads then go to PostgreSQL.
        body.put("cache", cache.describe());
        return ResponseEntity.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private boolean databaseAnswers() {
        try {
            return jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (org.springframework.dao.DataAccessException e) {
            return false;
        }
    }
}
