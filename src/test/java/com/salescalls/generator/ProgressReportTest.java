package com.salescalls.generator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.salescalls.analysis.Progress;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressReportTest {

    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-06-01T10:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final StepClock clock = new StepClock();

    @Test
    void aLineSaysAnalysedOfTotalRateAndTimeLeft() {
        assertThat(ProgressReport.line(new Progress(1_200, 5_000, 41.25, 93L)))
                .isEqualTo("Analysed 1200 of 5000 calls, 41.3 calls/s, 1m 33s left");
        assertThat(ProgressReport.line(new Progress(0, 5_000, null, null)))
                .isEqualTo("Analysed 0 of 5000 calls, measuring rate, time left unknown");
        assertThat(ProgressReport.line(new Progress(5_000, 5_000, 0.0, 0L)))
                .isEqualTo("Analysed 5000 of 5000 calls, 0.0 calls/s, done");
        assertThat(ProgressReport.duration(7_260)).isEqualTo("2h 1m");
        assertThat(ProgressReport.bar(new Progress(1, 3, null, null))).isEqualTo("[" + "#".repeat(10)
                + "-".repeat(20) + "]");
    }

    @Test
    void withoutATerminalItLogsALineEveryInterval() {
        List<String> logged = new ArrayList<>();
        ProgressReport report = new ProgressReport(clock, Duration.ofSeconds(5), null, logged::add);
        report.accept(new Progress(0, 100, null, null));
        clock.advance(Duration.ofSeconds(2));
        report.accept(new Progress(10, 100, 5.0, 18L)); // too soon after the first
        clock.advance(Duration.ofSeconds(3));
        report.accept(new Progress(25, 100, 5.0, 15L));
        clock.advance(Duration.ofSeconds(15));
        report.finish(new Progress(100, 100, 0.0, 0L));
        assertThat(logged).containsExactly("Analysed 0 of 100 calls, measuring rate, time left unknown",
                "Analysed 25 of 100 calls, 5.0 calls/s, 15s left",
                "Analysed 100 of 100 calls in 20s (5.0 calls/s)");
    }

    @Test
    void onATerminalItRedrawsOneLineInPlace() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ProgressReport report = new ProgressReport(clock, Duration.ofSeconds(5),
                new PrintStream(screen, true, StandardCharsets.UTF_8), line -> {
                    throw new AssertionError("logged on a terminal: " + line);
                });
        report.accept(new Progress(0, 10, null, null));
        clock.advance(Duration.ofMillis(250));
        report.accept(new Progress(5, 10, 20.0, 1L));
        clock.advance(Duration.ofMillis(250));
        report.accept(new Progress(5, 10, 20.0, 1L)); // the same line is not drawn again
        clock.advance(Duration.ofMillis(250));
        report.finish(new Progress(10, 10, 0.0, 0L));
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[").endsWith("\n").doesNotContain("\n\r");
        assertThat(drawn.split("\r")).hasSize(4); // three redraws of the same line, then the newline
        assertThat(drawn).contains("[###############---------------] Analysed 5 of 10 calls, 20.0 calls/s, 1s left",
                "Analysed 10 of 10 calls in 0s (13.3 calls/s)");
    }
}
