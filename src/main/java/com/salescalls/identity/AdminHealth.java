package com.salescalls.identity;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code admin} part of {@code /health/ready}: the admin named by {@code ADMIN_USERNAME} exists (it is made
 * at start, after the web server opened), so a login as that admin never fails because the instance answered too
 * early. Up when no admin is configured.
 */
@Component("adminHealthIndicator")
class AdminHealth implements HealthIndicator {

    private final UserRepository users;
    private final IdentityProperties properties;
    private volatile boolean present;

    AdminHealth(UserRepository users, IdentityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public Health health() {
        String username = properties.adminUsername();
        if (username == null || username.isBlank() || properties.adminPassword() == null
                || properties.adminPassword().isBlank()) {
            return Health.up().withDetail("admin", "none configured").build();
        }
        if (!present) {
            present = users.findByUsername(username).filter(user -> user.role() == Role.ADMIN).isPresent();
        }
        return present ? Health.up().withDetail("admin", username).build()
                : Health.outOfService().withDetail("admin", username + " not created yet").build();
    }
}
