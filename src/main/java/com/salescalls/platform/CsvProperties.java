package com.salescalls.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the CSV exports ({@code Accept: text/csv} or {@code format=csv} on lists).
 *
 * @param maxRows rows one export may hold ({@code CSV_MAX_ROWS}); a request matching more is refused with 422
 *                naming the count, so that no export is silently cut short
 */
@Validated
@ConfigurationProperties("app.csv")
public record CsvProperties(@Min(1) @Max(10_000_000) int maxRows) {
}
