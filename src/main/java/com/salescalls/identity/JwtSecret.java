package com.salescalls.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.salescalls.platform.PlatformProperties;

/**
 * The HMAC key that signs tokens. {@code JWT_SECRET} wins; in the embedded mode a key is generated once and
 * kept in {@code DATA_DIR/jwt-secret}, so that tokens survive a restart; with an external database and no
 * secret the application refuses to start, because a per-instance random key would make every instance
 * reject the others' tokens.
 */
final class JwtSecret {

    static final int MIN_BYTES = 32;
    private static final String FILE = "jwt-secret";

    private JwtSecret() {
    }

    static SecretKey resolve(IdentityProperties identity, PlatformProperties platform) {
        String configured = identity.jwtSecret();
        if (configured != null && !configured.isBlank()) {
            return key(configured.getBytes(StandardCharsets.UTF_8), "JWT_SECRET");
        }
        if (!platform.embeddedDatabase()) {
            throw new IllegalStateException("JWT_SECRET must be set when DATABASE_URL is: every instance has to "
                    + "sign and verify tokens with the same key (at least " + MIN_BYTES + " bytes)");
        }
        return key(storedOrNew(platform.dataDir().resolve(FILE)), FILE);
    }

    private static byte[] storedOrNew(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] secret = new byte[64];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            trySetOwnerOnly(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token key " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static SecretKey key(byte[] secret, String source) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException(source + " must be at least " + MIN_BYTES + " bytes long");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
