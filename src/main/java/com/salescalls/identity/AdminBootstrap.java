package com.salescalls.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the admin named by {@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD} at start, when both are given. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final IdentityProperties properties;

    AdminBootstrap(AccountService accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            return;
        }
        if (password.length() < 8) {
            throw new IllegalStateException("ADMIN_PASSWORD must be at least 8 characters");
        }
        String email = properties.adminEmail() == null || properties.adminEmail().isBlank()
                ? username + "@localhost" : properties.adminEmail();
        accounts.ensureAdmin(username, password, email);
        log.info("Admin user '{}' is present", username);
    }
}
