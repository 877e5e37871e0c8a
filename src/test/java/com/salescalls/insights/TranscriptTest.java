package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void splitsLabelledLinesIntoUtterancesWithRoles() {
        Transcript transcript = Transcript.parse("Agent: Hello there.\nCustomer: Hi.\n");

        assertThat(transcript.utterances()).containsExactly(
                new Utterance("Agent", SpeakerRole.AGENT, "Hello there."),
                new Utterance("Customer", SpeakerRole.CUSTOMER, "Hi."));
    }

    @Test
    void stripsTimestampPrefixes() {
        Transcript transcript =
                Transcript.parse("[00:01:23] Agent: Hello.\n[01:30] Customer: Hi.\n[00:02:05.5] Rep: Ok.");

        assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::text).containsExactly(
                tuple("Agent", "Hello."),
                tuple("Customer", "Hi."),
                tuple("Rep", "Ok."));
    }

    @Test
    void appendsUnlabelledLinesToThePreviousUtterance() {
        Transcript transcript =
                Transcript.parse("Customer: The price is high\n\nfor a team of our size.\n[00:00:09] and growing");

        assertThat(transcript.utterances()).containsExactly(new Utterance(
                "Customer", SpeakerRole.CUSTOMER, "The price is high for a team of our size. and growing"));
    }

    @Test
    void keepsTextBeforeTheFirstLabelAsUnknownSpeaker() {
        Transcript transcript = Transcript.parse("Call recording\nAgent: Hello.");

        assertThat(transcript.utterances()).containsExactly(
                new Utterance("", SpeakerRole.UNKNOWN, "Call recording"),
                new Utterance("Agent", SpeakerRole.AGENT, "Hello."));
    }

    @Test
    void mapsSpeakerNamesToRolesCaseInsensitively() {
        assertThat(SpeakerRole.fromLabel("SALES REP")).isEqualTo(SpeakerRole.AGENT);
        assertThat(SpeakerRole.fromLabel("sdr")).isEqualTo(SpeakerRole.AGENT);
        assertThat(SpeakerRole.fromLabel("AE")).isEqualTo(SpeakerRole.AGENT);
        assertThat(SpeakerRole.fromLabel("Salesperson")).isEqualTo(SpeakerRole.AGENT);
        assertThat(SpeakerRole.fromLabel("Agent (Dana)")).isEqualTo(SpeakerRole.AGENT);
        assertThat(SpeakerRole.fromLabel("Prospect")).isEqualTo(SpeakerRole.CUSTOMER);
        assertThat(SpeakerRole.fromLabel("caller")).isEqualTo(SpeakerRole.CUSTOMER);
        assertThat(SpeakerRole.fromLabel("Customer 2")).isEqualTo(SpeakerRole.CUSTOMER);
        assertThat(SpeakerRole.fromLabel("Dana Smith")).isEqualTo(SpeakerRole.UNKNOWN);
        assertThat(SpeakerRole.fromLabel("Lead engineer")).isEqualTo(SpeakerRole.UNKNOWN);
    }

    @Test
    void treatsNamedSpeakersAsUnknownRole() {
        Transcript transcript = Transcript.parse("Dana Smith: Hello.\nAgent (Sam): Hi Dana.");

        assertThat(transcript.utterances()).extracting(Utterance::role)
                .containsExactly(SpeakerRole.UNKNOWN, SpeakerRole.AGENT);
    }

    @Test
    void doesNotTakeALongSentenceWithAColonForALabel() {
        Transcript transcript = Transcript.parse("Agent: Here is the plan\nwe will start on Monday: kickoff at nine");

        assertThat(transcript.utterances()).hasSize(1);
        assertThat(transcript.textsOf(SpeakerRole.AGENT))
                .containsExactly("Here is the plan we will start on Monday: kickoff at nine");
    }

    @Test
    void emptyTextHasNoUtterances() {
        assertThat(Transcript.parse("").utterances()).isEmpty();
        assertThat(Transcript.parse(" \n\n ").utterances()).isEmpty();
    }

    @Test
    void readsTimestampsAsStartTimes() {
        Transcript transcript = Transcript.parse("[00:01:23] Agent: Hello.\n[01:30] Customer: Hi.\n[1:02:05.5] Rep: Ok.");

        // 1 min 23 s; 1 min 30 s; 1 h 2 min 5.5 s
        assertThat(transcript.utterances()).extracting(Utterance::startMs, Utterance::endMs)
                .containsExactly(tuple(83_000L, null), tuple(90_000L, null), tuple(3_725_500L, null));
        assertThat(transcript.timing()).isEqualTo(Transcript.Timing.STARTS);
    }

    @Test
    void timingIsStartsOnlyWhenEveryLabelledTurnHasATimestamp() {
        assertThat(Transcript.parse("Agent: Hello.\n[00:00:02] Customer: Hi.").timing())
                .isEqualTo(Transcript.Timing.NONE);
        assertThat(Transcript.parse("Call recording\n[00:00:01] Agent: Hello.\n[00:00:02] Customer: Hi.").timing())
                .isEqualTo(Transcript.Timing.STARTS);
        assertThat(Transcript.parse("").timing()).isEqualTo(Transcript.Timing.NONE);
    }

    @Test
    void aOneOffSingleWordLabelContinuesThePreviousUtterance() {
        Transcript transcript = Transcript.parse("Agent: Here are the options\nPrice: 20k per year\nCustomer: Fine");

        assertThat(transcript.utterances()).containsExactly(
                new Utterance("Agent", SpeakerRole.AGENT, "Here are the options Price: 20k per year"),
                new Utterance("Customer", SpeakerRole.CUSTOMER, "Fine"));
    }

    @Test
    void aLabelUsedTwiceATimestampedLabelAndAPersonsNameStartUtterances() {
        Transcript transcript = Transcript.parse("""
                Agent: Hi
                Dana: hello
                Customer: hey
                Dana: bye
                Agent: One more thing
                [00:00:09] Note: recorded
                Customer: Also
                Jo Ann Lee: thanks
                """);

        assertThat(transcript.utterances()).extracting(Utterance::speaker)
                .containsExactly("Agent", "Dana", "Customer", "Dana", "Agent", "Note", "Customer", "Jo Ann Lee");
    }

    @Test
    void rejectsTimestampsThatGoBackwards() {
        assertThatThrownBy(() -> Transcript.parse("[00:01:20] Agent: Hi\n[00:01:10] Customer: Hello"))
                .isInstanceOf(InvalidTranscript.class)
                .hasMessage("transcript: line 2: its timestamp is earlier than the one on line 1; "
                        + "turns must be in time order");
    }

    @Test
    void rejectsTimestampsThatAreNoTimeOfDay() {
        assertThatThrownBy(() -> Transcript.parse("Agent: Hi\n\n[00:75:00] Customer: Hello"))
                .isInstanceOf(InvalidTranscript.class)
                .hasMessage("transcript: line 3: timestamp [00:75:00] is not a time within a day");
        assertThatThrownBy(() -> Transcript.parse("[25:00:00] Agent: Hi"))
                .isInstanceOf(InvalidTranscript.class);
    }
}
