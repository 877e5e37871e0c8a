package com.salescalls.analytics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import com.salescalls.platform.InvalidParameters;

/**
 * {@code from_date}/{@code to_date} of analytics: ISO-8601 dates, both days included. Analytics are kept per UTC
 * day, so a date-time (which would cut a day in two) is refused rather than silently widened to its day.
 */
final class DayParameter {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private DayParameter() {
    }

    static @Nullable LocalDate parse(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameters(name, "'" + value + "' is not an ISO-8601 date like 2026-03-01 "
                    + "(analytics are per UTC day, so a time of day cannot be given)");
        }
        // LocalDate reaches year 999999999, past what the database's dates and the week arithmetic handle
        if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            throw new InvalidParameters(name, "must be between " + FIRST + " and " + LAST);
        }
        return day;
    }
}
