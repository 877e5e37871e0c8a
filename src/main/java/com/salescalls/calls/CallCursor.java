package com.salescalls.calls;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.platform.Identifiers;
import com.salescalls.platform.InvalidParameters.Violation;

/**
 * Where the next page of a call list starts: the sort key and call_id of the last row served, in the list's
 * order. Opaque to clients (base64url of the order, key and id); a page read after a cursor neither repeats nor
 * skips a row, however many calls are stored meanwhile, and costs the same at any depth.
 */
public record CallCursor(CallSort sort, Object key, String callId) {

    private static final String VERSION = "c1";
    private static final String SEPARATOR = "\n";

    /** The cursor after {@code last}, the final row of a page in {@code sort}'s order; null for relevance. */
    static @Nullable String after(Call last, CallSort sort) {
        Object key = sort.keyOf(last);
        if (key == null) {
            return null;
        }
        String text = key instanceof OffsetDateTime time ? time.toInstant().toString() : key.toString();
        String raw = String.join(SEPARATOR, VERSION, sort.wireName(), text, last.callId());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a client sent back for a list in {@code sort}'s order; null, with a violation of
     * {@code parameter} added, when it is not one this list issued for that order.
     */
    public static @Nullable CallCursor parse(List<Violation> violations, String parameter, String text,
            CallSort sort) {
        if (sort.after() == null) {
            violations.add(new Violation(parameter, "relevance order pages by offset, not by cursor"));
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !parts[3].matches(Identifiers.PATTERN)) {
            violations.add(new Violation(parameter, "is not a cursor of this list: pass next_cursor as it came"));
            return null;
        }
        if (!sort.wireName().equals(parts[1])) {
            violations.add(new Violation(parameter, "belongs to sort=" + parts[1] + ", not sort=" + sort.wireName()));
            return null;
        }
        try {
            Object key = switch (sort.keyType()) {
                case TIME -> Timestamp.from(Instant.parse(parts[2]));
                case NUMBER -> Double.parseDouble(parts[2]);
                case WHOLE_NUMBER -> Integer.parseInt(parts[2]);
                case NONE -> throw new IllegalArgumentException("no keyset");
            };
            return new CallCursor(sort, key, parts[3]);
        } catch (RuntimeException e) {
            violations.add(new Violation(parameter, "is not a cursor of this list: pass next_cursor as it came"));
            return null;
        }
    }
}
