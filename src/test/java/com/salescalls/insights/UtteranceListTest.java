package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;


class UtteranceListTest {

    private static Transcript parse(SpokenLine... lines) {
        return Transcript.of(TranscriptInput.lines(List.of(lines), null));
    }

    @Test
    void mapsSpeakersToRolesAndKeepsTimes() {
        Transcript transcript = parse(new SpokenLine(" Sales Rep ", " Hello ", 0L, 900L),
                new SpokenLine("Prospect", "Hi", 1000L, 1500L), new SpokenLine("Dana", "Hey", 1200L, 1300L));

        assertThat(transcript.utterances()).containsExactly(
                new Utterance("Sales Rep", SpeakerRole.AGENT, "Hello", 0L, 900L),
                new Utterance("Prospect", SpeakerRole.CUSTOMER, "Hi", 1000L, 1500L),
                new Utterance("Dana", SpeakerRole.UNKNOWN, "Hey", 1200L, 1300L));
        assertThat(transcript.timing()).isEqualTo(Transcript.Timing.FULL);
    }

    @Test
    void startsWithoutEndsReadLikeStampedText() {
        assertThat(parse(new SpokenLine("Agent", "Hi", 0L, null), new SpokenLine("Customer", "Yo", 10L, null))
                .timing()).isEqualTo(Transcript.Timing.STARTS);
        assertThat(parse(new SpokenLine("Agent", "Hi", null, null)).timing()).isEqualTo(Transcript.Timing.NONE);
    }

    @Test
    void namesEveryOffendingFieldOfABadList() {
        assertThatThrownBy(() -> parse(
                new SpokenLine("Agent", "Hi", 5000L, 4000L),
                new SpokenLine("Customer", "Hello", 3000L, 6000L),
                new SpokenLine(" ", "Who?", 7000L, 8000L),
                new SpokenLine("Agent", "Bye", -1L, null)))
                .isInstanceOfSatisfying(InvalidTranscript.class, e -> assertThat(e.violations())
                        .extracting(TranscriptViolation::field, TranscriptViolation::message).containsExactly(
                                tuple("utterances[0].end_ms", "is before its start_ms"),
                                tuple("utterances[1].start_ms",
                                        "is before the previous utterance's start; utterances must be in time order"),
                                tuple("utterances[2].speaker", "is required"),
                                tuple("utterances[3].start_ms", "must be between 0 and 86400000 (24 hours)"),
                                tuple("utterances[3].end_ms", "is missing while the first utterance has it"),
                                tuple("utterances[3].start_ms",
                                        "is before the previous utterance's start; utterances must be in time order")));
    }

    @Test
    void rejectsTimesGivenForSomeUtterancesOnly() {
        assertThatThrownBy(() -> parse(new SpokenLine("Agent", "Hi", null, null),
                new SpokenLine("Customer", "Yo", 1000L, 2000L)))
                .isInstanceOf(InvalidTranscript.class)
                .hasMessage("utterances[1].start_ms: is given while the first utterance has none; "
                        + "utterances[1].end_ms: is given while the first utterance has none");
    }

    @Test
    void rejectsEndsWithoutStarts() {
        assertThatThrownBy(() -> parse(new SpokenLine("Agent", "Hi", null, 1000L)))
                .isInstanceOf(InvalidTranscript.class)
                .hasMessage("utterances[0].start_ms: is required when end_ms is given");
    }

    @Test
    void rejectsTimesBeyondADay() {
        assertThatThrownBy(() -> parse(new SpokenLine("Agent", "Hi", 0L, Transcript.MAX_MS + 1)))
                .isInstanceOf(InvalidTranscript.class)
                .hasMessage("utterances[0].end_ms: must be between 0 and 86400000 (24 hours)");
    }

    @Test
    void anEmptyListIsAnEmptyTranscript() {
        assertThat(parse().utterances()).isEmpty();
    }
}
