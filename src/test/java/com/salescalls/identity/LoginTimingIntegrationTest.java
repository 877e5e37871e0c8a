package com.salescalls.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown username and a wrong password get the same answer after the same work (a BCrypt comparison against
 * a decoy hash), so neither the body nor the time tells which names exist. Measured interleaved, so that a busy
 * machine slows both alike.
 */
@IntegrationTest
class LoginTimingIntegrationTest {

    private static final int USERS = 6;
    private static final int ROUNDS = 3;

    @Autowired
    Api api;

    @Test
    void anUnknownUserAndAWrongPasswordTakeAsLongAndReadTheSame() {
        for (int user = 0; user < USERS; user++) {
            api.postJson("/auth/register", Map.of("username", "timing-" + user, "email", "timing-" + user
                    + "@example.com", "password", "timing-password-1"), null);
        }
        List<Long> wrong = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int user = 0; user < USERS; user++) {
                wrong.add(timed("timing-" + user, "not-the-password"));
                unknown.add(timed("timing-nobody-" + round + "-" + user, "not-the-password"));
            }
        }
        double ratio = (double) median(unknown) / median(wrong);
        System.out.printf("Login timing: median wrong password %.1f ms, unknown user %.1f ms (ratio %.2f)%n",
                median(wrong) / 1e6, median(unknown) / 1e6, ratio);
        assertThat(ratio).isBetween(0.6, 1.67);
    }

    private long timed(String username, String password) {
        long start = System.nanoTime();
        Api.Response response = api.postForm("/auth/login", Map.of("username", username, "password", password));
        long elapsed = System.nanoTime() - start;
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("detail").asString()).isEqualTo("Incorrect username or password");
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
