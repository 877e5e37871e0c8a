package com.salescalls.platform.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.unit.DataSize;

import com.salescalls.platform.CacheStatus;
import com.salescalls.platform.DatabaseProbe;
import com.salescalls.platform.ReadReplicas;
import com.salescalls.platform.PlatformProperties;

import static org.assertj.core.api.Assertions.assertThat;

class HealthWhenDatabaseDownTest {

    @Test
    void reports503NamingTheDatabaseWhenItDoesNotAnswer() {
        // Port 1 on loopback: nothing listens there, so every connection is refused at once.
        JdbcClient unreachable = JdbcClient.create(new DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1"));
        PlatformController controller = new PlatformController(new DatabaseProbe(unreachable, Duration.ofSeconds(2)),
                new PlatformProperties("test", Path.of("data"), "", DataSize.ofMegabytes(1), "", 2, 100),
                CacheStatus.inProcess(), ReadReplicas.none(new DriverManagerDataSource()), null,
                java.util.List.of());
        ResponseEntity<java.util.Map<String, Object>> health = controller.health();
        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat(health.getBody()).containsEntry("status", "unhealthy").containsEntry("database", "disconnected");
    }
}
