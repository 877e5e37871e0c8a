package com.salescalls.generator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/** Start times in the {@value #WINDOW_DAYS} days before the anchor, mostly on weekdays during 08:00-18:00 UTC. */
final class StartTimes {

    static final int WINDOW_DAYS = 90;
    private static final int BUSINESS_START_HOUR = 8;
    private static final int BUSINESS_SECONDS = 10 * 3600;
    private static final double WEEKEND_REJECTION = 0.9;
    private static final int ATTEMPTS = 8;

    private final Instant earliest;
    private final Instant latest;

    StartTimes(Instant anchor) {
        Instant lowerBound = anchor.minus(Duration.ofDays(WINDOW_DAYS));
        Instant lowerSecond = lowerBound.truncatedTo(ChronoUnit.SECONDS);
        // Rounded up, so truncating to seconds can never move a start time before the window.
        this.earliest = lowerSecond.equals(lowerBound) ? lowerSecond : lowerSecond.plusSeconds(1);
        this.latest = anchor.truncatedTo(ChronoUnit.SECONDS);
    }

    OffsetDateTime pick(RandomGenerator random) {
        LocalDate lastDay = latest.atOffset(ZoneOffset.UTC).toLocalDate();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LocalDate day = lastDay.minusDays(random.nextInt(WINDOW_DAYS + 1));
            if (isWeekend(day) && Pick.chance(random, WEEKEND_REJECTION)) {
                continue;
            }
            Instant candidate = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds(BUSINESS_START_HOUR * 3600L + random.nextInt(BUSINESS_SECONDS));
            if (!candidate.isBefore(earliest) && !candidate.isAfter(latest)) {
                return candidate.atOffset(ZoneOffset.UTC);
            }
        }
        // Edge days can miss the window (e.g. anchor before 08:00): fall back to a uniform instant inside it.
        long span = latest.getEpochSecond() - earliest.getEpochSecond();
        long offset = Math.floorMod(random.nextLong(), span + 1);
        return earliest.plusSeconds(offset).atOffset(ZoneOffset.UTC);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
