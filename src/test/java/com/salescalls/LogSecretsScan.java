package com.salescalls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the whole test suite (its own surefire execution in the verify phase, see pom.xml) and reads every
 * log line the suite wrote to {@code target/test-logs}: none may hold a password the tests used, a JWT, the
 * token key, or an e-mail address on an error line. The passwords are collected from the test sources, so a new
 * test's password is covered without a list to keep.
 */
class LogSecretsScan {

    private static final Path LOGS = Path.of("target/test-logs");
    private static final Pattern PASSWORD_LITERAL = Pattern.compile(
            "\"(?:password|current_password|new_password|ADMIN_PASSWORD)\"\\s*,\\s*\"([^\"]{6,})\""
                    + "|ADMIN_PASSWORD\\s*=\\s*\"([^\"]{6,})\"|password=([A-Za-z0-9%_-]{6,})");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final String TEST_KEY = "integration-test-secret-that-is-long-enough-0123456789";

    @Test
    void noSecretReachedALogLine() throws IOException {
        assertThat(LOGS).as("the suite's logs (run ./mvnw verify)").isDirectory();
        Set<String> passwords = passwordsInTestSources();
        assertThat(passwords).contains("admin-password-1");
        List<String> leaks = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> files = Files.list(LOGS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lines++;
                    String leak = leak(line, passwords);
                    if (leak != null && leaks.size() < 20) {
                        leaks.add(file.getFileName() + ": " + leak + " in: "
                                + line.substring(0, Math.min(line.length(), 300)));
                    }
                }
            }
        }
        System.out.printf("Scanned %d log lines for %d passwords, JWTs, the key and e-mail addresses%n", lines,
                passwords.size());
        assertThat(lines).isPositive();
        assertThat(leaks).isEmpty();
    }

    private static String leak(String line, Set<String> passwords) {
        for (String password : passwords) {
            if (line.contains(password)) {
                return "password";
            }
        }
        if (JWT.matcher(line).find()) {
            return "JWT";
        }
        if (line.contains(TEST_KEY)) {
            return "token key";
        }
        boolean errorLine = line.contains(" ERROR ") || line.contains(" WARN ") || line.contains("Exception")
                || line.contains("DETAIL:") || line.contains("Key (");
        if (errorLine && EMAIL.matcher(line).find()) {
            return "e-mail address";
        }
        return null;
    }

    private static Set<String> passwordsInTestSources() throws IOException {
        Set<String> passwords = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = PASSWORD_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            passwords.add(matcher.group(group));
                        }
                    }
                }
            }
        }
        return passwords;
    }
}
