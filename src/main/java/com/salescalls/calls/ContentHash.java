package com.salescalls.calls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.salescalls.insights.SpokenLine;

/**
 * SHA-256 of what a client posted for a call, so a re-post can be told apart: same hash, same call (idempotent);
 * another hash under the same id, a conflict. The start time counts as an instant, so {@code 10:00+02:00} and
 * {@code 08:00Z} are the same call.
 */
final class ContentHash {

    private static final char FIELD = '\u0000';
    private static final char PART = '\u0001';

    private ContentHash() {
    }

    static byte[] of(NewCall call) {
        StringBuilder content = new StringBuilder(call.transcript().length() + 128)
                .append(call.agentId()).append(FIELD)
                .append(call.customerId()).append(FIELD)
                .append(call.language()).append(FIELD)
                .append(call.startTime().toInstant()).append(FIELD)
                .append(call.durationSeconds()).append(FIELD);
        if (call.utterances() == null) {
            content.append('T').append(call.transcript());
        } else {
            content.append('U');
            for (SpokenLine line : call.utterances()) {
                content.append(FIELD).append(line.speaker()).append(PART).append(line.text()).append(PART)
                        .append(line.startMs()).append(PART).append(line.endMs());
                if (line.role() != null) { // only then: hashes of calls stored before roles existed stay the same
                    content.append(PART).append(line.role().wireName());
                }
            }
        }
        return sha256().digest(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
