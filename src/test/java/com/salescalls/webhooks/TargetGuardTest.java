package com.salescalls.webhooks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetGuardTest {

    private final TargetGuard guard = new TargetGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/x",
            "https://172.16.0.9/x", "https://192.168.1.1/x", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/x", "http://[fe80::1]/x", "http://[fd12:3456::1]/x", "http://[::ffff:127.0.0.1]/x",
            "http://100.64.0.1/x", "http://0.0.0.0/x", "http://224.0.0.1/x"})
    void internalTargetsAreRefused(String url) {
        assertThat(guard.refusal(url)).get().asString().contains("WEBHOOK_ALLOW_PRIVATE=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/x", "https://user:pass@93.184.216.34/x", "not a url", "https:///x",
            "https://93.184.216.34/x#frag"})
    void otherThanAPlainHttpUrlIsRefused(String url) {
        assertThat(guard.refusal(url)).isPresent();
    }

    @Test
    void aPublicAddressIsAccepted() {
        assertThat(guard.refusal("https://93.184.216.34/hooks/sales")).isEmpty();
        assertThat(guard.refusal("http://[2606:2800:220:1:248:1893:25c8:1946]/x")).isEmpty();
    }

    @Test
    void privateTargetsAreAcceptedOnlyWhenAllowed() {
        assertThat(new TargetGuard(true).refusal("http://127.0.0.1:9/x")).isEmpty();
    }
}
