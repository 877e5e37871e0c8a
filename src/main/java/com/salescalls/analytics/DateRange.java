package com.salescalls.analytics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** UTC calendar days from {@code from} to {@code to}, both included; a missing bound leaves that side open. */
public record DateRange(@Nullable LocalDate from, @Nullable LocalDate to) {

    public static final DateRange ALL = new DateRange(null, null);
}
