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

import com.salescalls.platform.PlatformProperties;

/** The unauthenticated endpoints that say what is running and whether it is well. */
@RestController
@Tag(name = "service")
class PlatformController {

    static final String SERVICE = "sales-call-analytics";

    private final JdbcClient jdbc;
    private final PlatformProperties properties;

    PlatformController(JdbcClient jdbc, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    record Root(String message, String version, String docs) {
    }

    @GetMapping("/")
    @Operation(summary = "What this service is and where its documentation lives")
    Root root() {
        return new Root("Sales Call Analytics API", properties.version(), "/docs");
    }

    @GetMapping("/health")
    @Operation(summary = "Liveness and dependencies: 200 when healthy, 503 naming the failing part")
    ResponseEntity<Map<String, String>> health() {
        boolean databaseUp = databaseAnswers();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", databaseUp ? "healthy" : "unhealthy");
        body.put("service", SERVICE);
        body.put("database", databaseUp ? "connected" : "disconnected");
        // No shared cache exists yet: reads go straight to PostgreSQL, so there is nothing to be down.
        body.put("cache", "in-process");
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
