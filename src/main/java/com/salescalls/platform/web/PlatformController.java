package com.salescalls.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.CacheStatus;
import com.salescalls.platform.DatabaseProbe;
import com.salescalls.platform.HealthLine;
import com.salescalls.platform.PlatformProperties;
import com.salescalls.platform.ReadReplicas;

/** The unauthenticated endpoints that say what is running and whether it is well. */
@RestController
@Tag(name = "service")
class PlatformController {

    static final String SERVICE = "sales-call-analytics";

    private final DatabaseProbe database;
    private final PlatformProperties properties;
    private final CacheStatus cache;

    private final ReadReplicas replicas;
    private final ObjectProvider<HealthEndpoint> probes;
    private final List<HealthLine> lines;

    PlatformController(DatabaseProbe database, PlatformProperties properties, CacheStatus cache, ReadReplicas replicas,
            ObjectProvider<HealthEndpoint> probes, List<HealthLine> lines) {
        this.database = database;
        this.properties = properties;
        this.cache = cache;
        this.replicas = replicas;
        this.probes = probes;
        this.lines = List.copyOf(lines);
    }

    record Root(String message, String version, String docs) {
    }

    @GetMapping("/")
    @Operation(summary = "What this service is and where its documentation lives")
    Root root() {
        return new Root("Sales Call Analytics API", properties.version(), "/docs");
    }

    @GetMapping("/health")
    @Operation(summary = "Liveness and dependencies: 200 when healthy or only the cache or a read replica is degraded, "
            + "503 naming the failing part (PostgreSQL not answering within HEALTH_TIMEOUT)")
    ResponseEntity<Map<String, Object>> health() {
        boolean databaseUp = database.answers();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseUp ? "healthy" : "unhealthy");
        body.put("service", SERVICE);
        body.put("database", databaseUp ? "connected" : "disconnected");
        // A degraded cache does not make the service unhealthy: reads then go to PostgreSQL.
        body.put("cache", cache.describe());
        // A replica that is down or lags is skipped (reads go to the primary): reported, never unhealthy.
        if (replicas.configured()) {
            body.put("replicas", replicas.describe());
        }
        if (databaseUp) {
            lines.forEach(line -> body.put(line.name(), line.describe()));
        }
        return ResponseEntity.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @GetMapping("/health/live")
    @Operation(summary = "Liveness probe: 200 while the process works; a 503 means restart it")
    ResponseEntity<HealthDescriptor> live() {
        return probe("liveness");
    }

    @GetMapping("/health/ready")
    @Operation(summary = "Readiness probe: 200 once migrations ran, the configured admin exists and the caches and "
            + "index answer (the index may still be building, which it says); 503 while starting or stopping")
    ResponseEntity<HealthDescriptor> ready() {
        return probe("readiness");
    }

    // Boot's probe groups (management.endpoint.health.group.*) served on the public port, under the seed's /health
    private ResponseEntity<HealthDescriptor> probe(String group) {
        HealthEndpoint endpoint = probes.getIfAvailable();
        HealthDescriptor health = endpoint == null ? null : endpoint.healthForPath(group);
        if (health == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        return ResponseEntity.status(Status.UP.equals(health.getStatus()) ? HttpStatus.OK
                : HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }
}
