package com.salescalls.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import java.util.List;

import com.salescalls.platform.InvalidParameters.Violation;

/**
 * {@code from_date}/{@code to_date}: an ISO-8601 date ({@code 2026-03-01}), a date-time with an offset
 * ({@code 2026-03-01T09:30:00Z}) or a local date-time, taken as UTC. A bare {@code to_date} date includes
 * that whole day, which is what "calls up to March 1st" means to a person.
 */
final class DateParameter {

    private DateParameter() {
    }

    /** The instant, or null when none is given or it is malformed; then the violation is added. */
    static @Nullable Instant from(List<Violation> violations, String name, @Nullable String value) {
        return value == null ? null : parse(violations, name, value, false);
    }

    static @Nullable Instant toExclusive(List<Violation> violations, String name, @Nullable String value) {
        return value == null ? null : parse(violations, name, value, true);
    }

    private static @Nullable Instant parse(List<Violation> violations, String name, String value,
            boolean endExclusive) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endExclusive ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Instant instant = hasOffset(text) ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            // PostgreSQL keeps microseconds: one more makes "up to and including this instant" exclusive.
            return endExclusive ? instant.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : instant;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(name,
                    "'" + value + "' is not an ISO-8601 date (2026-03-01) or date-time (2026-03-01T09:30:00Z)"));
            return null;
        }
    }

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        return text.endsWith("Z") || text.endsWith("z")
                || time > 0 && (text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
    }
}
