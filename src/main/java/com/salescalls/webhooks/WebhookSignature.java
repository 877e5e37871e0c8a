package com.salescalls.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the secret>}.
 * Signing the timestamp with the body lets a receiver refuse an old request replayed by whoever saw it: accept
 * only when the HMAC matches (compared in constant time) and {@code t} is within the replay window of now, then
 * drop an {@code X-Webhook-Id} already seen within that window. {@link #verify} is that check.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Signature";
    private static final Pattern FORMAT = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

    private WebhookSignature() {
    }

    public static String header(String secret, Instant timestamp, String body) {
        long seconds = timestamp.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, seconds + "." + body));
    }

    /** Whether the header signs this body under this secret, made within {@code window} of {@code now}. */
    public static boolean verify(String secret, String header, String body, Instant now, Duration window) {
        Matcher m = FORMAT.matcher(header.strip());
        if (!m.matches()) {
            return false;
        }
        long seconds = Long.parseLong(m.group(1));
        if (Math.abs(now.getEpochSecond() - seconds) > window.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, seconds + "." + body);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(m.group(2)));
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
