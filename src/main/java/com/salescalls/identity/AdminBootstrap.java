package com.salescalls.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.salescalls.platform.PlatformProperties;

/**
 * Creates the admin named by {@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD} at start, when both are given. In the
 * embedded mode without them, the first start creates an admin {@value #GENERATED_ADMIN} with a generated password
 * written to {@code DATA_DIR/admin-password} (readable by its owner only, never logged), so that a new user can
 * try the admin endpoints at once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String GENERATED_ADMIN = "admin";
    static final String PASSWORD_FILE = "admin-password";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final IdentityProperties properties;
    private final PlatformProperties platform;

    AdminBootstrap(AccountService accounts, IdentityProperties properties, PlatformProperties platform) {
        this.accounts = accounts;
        this.properties = properties;
        this.platform = platform;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            generateAdminIfNone();
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

    private void generateAdminIfNone() {
        if (!platform.embeddedDatabase() || accounts.hasAdmin()) {
            return;
        }
        if (accounts.find(GENERATED_ADMIN).isPresent()) {
            log.warn("No admin exists and the name '{}' is taken by a non-admin: set ADMIN_USERNAME and "
                    + "ADMIN_PASSWORD to create one", GENERATED_ADMIN);
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path file = platform.dataDir().resolve(PASSWORD_FILE);
        write(file, password);
        accounts.ensureAdmin(GENERATED_ADMIN, password, GENERATED_ADMIN + "@localhost");
        log.info("Created the admin user '{}'; its generated password is in {}", GENERATED_ADMIN,
                file.toAbsolutePath().normalize());
    }

    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + "\n");
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated admin password to " + file, e);
        }
    }
}
