package com.salescalls.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressMeterTest {

    /** A clock the test moves by hand. */
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
    private final ProgressMeter meter = new ProgressMeter(clock, Duration.ofSeconds(30));

    @Test
    void idleBeforeAnyWorkAndRateUnknownUntilASecondSample() {
        assertThat(meter.current()).isEqualTo(new Progress(0, 0, 0.0, 0L));
        meter.record(1_000, 5_000); // the feed already numbers 1,000 older analyses
        assertThat(meter.current()).isEqualTo(new Progress(0, 5_000, null, null));
    }

    @Test
    void countsFromTheRunsStartAndGivesRateAndTimeLeft() {
        meter.record(1_000, 5_000);
        clock.advance(Duration.ofSeconds(10));
        meter.record(1_400, 4_600);
        Progress progress = meter.current();
        assertThat(progress.analyzed()).isEqualTo(400);
        assertThat(progress.total()).isEqualTo(5_000);
        assertThat(progress.ratePerSecond()).isEqualTo(40.0);
        assertThat(progress.etaSeconds()).isEqualTo(115); // 4,600 calls at 40 a second
    }

    @Test
    void rateFollowsTheLastWindowNotTheWholeRun() {
        meter.record(0, 10_000);
        for (int i = 1; i <= 6; i++) { // a slow minute: 10 a second
            clock.advance(Duration.ofSeconds(10));
            meter.record(100L * i, 10_000 - 100L * i);
        }
        for (int i = 1; i <= 4; i++) { // then 40 seconds at 50 a second
            clock.advance(Duration.ofSeconds(10));
            meter.record(600 + 500L * i, 9_400 - 500L * i);
        }
        Progress progress = meter.current();
        assertThat(progress.ratePerSecond()).isEqualTo(50.0);
        assertThat(progress.analyzed()).isEqualTo(2_600);
        assertThat(progress.etaSeconds()).isEqualTo(148); // 7,400 left at 50 a second
    }

    @Test
    void unchangedFiguresMeanAnUnknownTimeLeft() {
        meter.record(0, 100);
        clock.advance(Duration.ofSeconds(5));
        meter.record(0, 100); // every call claimed, none stored yet
        assertThat(meter.current()).isEqualTo(new Progress(0, 100, 0.0, null));
    }

    @Test
    void anEmptyQueueEndsTheRunAndKeepsItsCount() {
        meter.record(50, 200);
        clock.advance(Duration.ofSeconds(4));
        meter.record(250, 0);
        assertThat(meter.current()).isEqualTo(new Progress(200, 200, 0.0, 0L));
        assertThat(meter.active()).isFalse();

        clock.advance(Duration.ofMinutes(5));
        meter.record(250, 30); // a new backlog counts from zero again
        assertThat(meter.current()).isEqualTo(new Progress(0, 30, null, null));
    }

    @Test
    void aStartedRunCountsWhatWasStoredBeforeTheFirstSample() {
        meter.start(500); // calls were queued on this instance
        clock.advance(Duration.ofSeconds(2));
        meter.start(520); // a second ingest while the run goes on changes nothing
        meter.record(540, 60);
        Progress progress = meter.current();
        assertThat(progress.analyzed()).isEqualTo(40);
        assertThat(progress.total()).isEqualTo(100);
        assertThat(progress.ratePerSecond()).isEqualTo(20.0);
        assertThat(progress.etaSeconds()).isEqualTo(3);
    }

    @Test
    void failuresLeaveTheQueueWithoutCountingAsAnalysed() {
        meter.record(0, 10);
        clock.advance(Duration.ofSeconds(1));
        meter.record(5, 3); // five stored, two failed for good
        assertThat(meter.current().analyzed()).isEqualTo(5);
        assertThat(meter.current().total()).isEqualTo(8);
    }

    @Test
    void aStallLongerThanTheWindowSlowsTheRateInsteadOfZeroingIt() {
        meter.record(0, 64);
        clock.advance(Duration.ofSeconds(20));
        meter.record(32, 32); // one big batch stored
        for (int i = 0; i < 6; i++) { // then a minute with the next batch still being analysed
            clock.advance(Duration.ofSeconds(10));
            meter.record(32, 32);
        }
        Progress progress = meter.current();
        assertThat(progress.ratePerSecond()).isEqualTo(0.4); // 32 calls over the 80 s since the run began
        assertThat(progress.etaSeconds()).isEqualTo(80);
    }
}
