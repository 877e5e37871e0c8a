package com.salescalls.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StartTimeAndDurationTest {

    private final List<GeneratedCall> calls = Transcripts.sample(1_000);

    @Test
    void startTimesFallInTheNinetyDaysBeforeTheAnchor() {
        Instant earliest = Transcripts.ANCHOR.minus(Duration.ofDays(90));

        assertThat(calls).extracting(GeneratedCall::startTime).allSatisfy(start -> {
            assertThat(start.getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(start.getNano()).isZero();
            assertThat(start.toInstant()).isBetween(earliest, Transcripts.ANCHOR);
        });
    }

    @Test
    void startTimesSpreadOverTheWholeWindowMostlyInBusinessHours() {
        List<OffsetDateTime> starts = calls.stream().map(GeneratedCall::startTime).toList();
        long businessHours = starts.stream().filter(s -> s.getHour() >= 8 && s.getHour() < 18).count();

        assertThat(starts).anyMatch(s -> s.toInstant().isBefore(Transcripts.ANCHOR.minus(Duration.ofDays(80))))
                .anyMatch(s -> s.toInstant().isAfter(Transcripts.ANCHOR.minus(Duration.ofDays(10))));
        assertThat(businessHours).isGreaterThan(starts.size() * 9 / 10);
    }

    @Test
    void startTimesStayInsideTheWindowForAnAnchorBeforeOfficeHoursWithNanos() {
        Instant anchor = Instant.parse("2026-01-05T03:17:45.987654321Z");
        List<GeneratedCall> early = new CallGenerator(9L, anchor).generate(300, 1);

        assertThat(early).extracting(call -> call.startTime().toInstant())
                .allSatisfy(start -> assertThat(start).isBetween(anchor.minus(Duration.ofDays(90)), anchor));
    }

    @Test
    void durationMatchesASpeakingRateBetweenOneHundredAndTwoHundredWordsPerMinute() {
        assertThat(calls).allSatisfy(call -> {
            int words = TranscriptBuilder.countWords(call.transcript()) - Transcripts.lines(call).size();
            double wordsPerMinute = words / (call.durationSeconds() / 60.0);
            assertThat(wordsPerMinute).isBetween(100.0, 200.0);
        });
    }

    @Test
    void aThousandWordCallLastsAboutSevenMinutes() {
        Agent agent = AgentRoster.AGENTS.get(3);
        Transcript transcript = new Transcript("", 30, 600, 400);

        int seconds = CallDuration.seconds(transcript, agent, new Random(1));

        assertThat(seconds).isBetween(6 * 60, 8 * 60);
    }
}
