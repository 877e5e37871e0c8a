package com.salescalls.identity;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.salescalls.platform.RateLimits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock-out policy: a guesser is slowed, a sprayer is slowed, and neither can lock the user out. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new IdentityProperties("", Duration.ofMinutes(30),
            Duration.ofDays(14), true, "", "", "", 3, Duration.ofMinutes(5), 5, 8, Duration.ofHours(1), List.of(),
            Duration.ZERO, new IdentityProperties.CallerCacheSettings(Duration.ofSeconds(10), 100, "test:callers")),
            RateLimits.inProcess());

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.checkAllowed(username, address);
            throttle.recordFailure(username, address);
        }
    }

    @Test
    void aGuesserAtOneAddressIsLockedOutButTheUserElsewhereIsNot() {
        fail("alice", "198.51.100.7", 3);
        assertThatThrownBy(() -> throttle.checkAllowed("ALICE", "198.51.100.7"))
                .isInstanceOf(IdentityProblems.TooManyLoginAttempts.class)
                .hasMessageContaining("for this user");
        assertThatCode(() -> throttle.checkAllowed("alice", "203.0.113.9")).doesNotThrowAnyException();
    }

    @Test
    void sprayingOnePasswordOverManyNamesIsSlowedPerAddress() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "198.51.100.8", 1);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("someone-new", "198.51.100.8"))
                .isInstanceOf(IdentityProblems.TooManyLoginAttempts.class)
                .hasMessageContaining("from this address");
        assertThatCode(() -> throttle.checkAllowed("someone-new", "198.51.100.99")).doesNotThrowAnyException();
    }

    @Test
    void aDistributedGuessMeetsTheSlowerBoundExceptWhereTheUserLoggedInBefore() {
        throttle.recordSuccess("bob", "192.0.2.1");
        for (int i = 0; i < 8; i++) {
            fail("bob", "203.0.113." + i, 1);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("bob", "203.0.113.200"))
                .isInstanceOf(IdentityProblems.TooManyLoginAttempts.class);
        // the user's own device is not locked out by guesses from elsewhere
        assertThatCode(() -> throttle.checkAllowed("bob", "192.0.2.1")).doesNotThrowAnyException();
    }
}
