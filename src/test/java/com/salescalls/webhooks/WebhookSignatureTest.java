package com.salescalls.webhooks;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // HMAC-SHA256(key "secret-of-sixteen", "1796119200.{}"), computed with openssl:
        // printf '1796119200.{}' | openssl dgst -sha256 -hmac secret-of-sixteen
        assertThat(WebhookSignature.header("secret-of-sixteen", T, "{}"))
                .isEqualTo("t=1796119200,v1=66f07e817f2a8b1056b17b6e95d88c25bbcf959e509f17924fd4d68ccbe46040");
    }

    @Test
    void verifiesItsOwnSignatureWithinTheWindowOnly() {
        String header = WebhookSignature.header("secret-of-sixteen", T, "{\"a\":1}");

        assertThat(WebhookSignature.verify("secret-of-sixteen", header, "{\"a\":1}", T.plusSeconds(299), WINDOW)).isTrue();
        assertThat(WebhookSignature.verify("secret-of-sixteen", header, "{\"a\":1}", T.plusSeconds(301), WINDOW)).isFalse();
        assertThat(WebhookSignature.verify("secret-of-sixteen", header, "{\"a\":2}", T, WINDOW)).isFalse();
        assertThat(WebhookSignature.verify("another-secret-16", header, "{\"a\":1}", T, WINDOW)).isFalse();
        assertThat(WebhookSignature.verify("secret-of-sixteen", "t=1,v1=zz", "{}", T, WINDOW)).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);

        assertThat(Backoff.after(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2, initial, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Backoff.after(5, initial, max)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Backoff.after(8, initial, max)).isEqualTo(max);
        assertThat(Backoff.after(200, initial, max)).isEqualTo(max);
    }
}
