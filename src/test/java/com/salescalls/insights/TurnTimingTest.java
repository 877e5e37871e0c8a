package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.Silence;

class TurnTimingTest {

    private static final Conversation TIMED = SampleCalls.lines(SampleCalls.TIMED, null);

    @Test
    void patienceIsTheAgentsMeanPauseAfterTheCustomer() {
        // customer ends 8 s -> agent starts 9 s (1 s); customer ends 16 s -> agent starts 20 s (4 s): mean 2.5 s
        assertThat(TurnTiming.patienceSeconds(TIMED)).isEqualTo(2.5);
    }

    @Test
    void anAgentWhoCutsInPausedZeroSeconds() {
        // the agent starts 0.5 s before the customer ends, then 2 s after: (0 + 2) / 2 = 1 s
        Conversation call = SampleCalls.lines(List.of(
                SampleCalls.say("Customer", "Tell me about pricing", 0, 3000),
                SampleCalls.say("Agent", "Sure thing", 2500, 4000),
                SampleCalls.say("Customer", "And the contract", 4000, 6000),
                SampleCalls.say("Agent", "It is yearly", 8000, 9000)), null);

        assertThat(TurnTiming.patienceSeconds(call)).isEqualTo(1.0);
        assertThat(TurnTiming.interruptions(call)).isEqualTo(1);
    }

    @Test
    void countsTurnsThatStartBeforeTheOtherSideHasFinished() {
        // only the customer's turn at 12 s starts before the agent's turn ends (13 s); "mhm" is no turn
        assertThat(TurnTiming.interruptions(TIMED)).isEqualTo(1);
    }

    @Test
    void aTurnStartingDuringTheOtherSidesEarlierLongTurnIsAnInterruption() {
        // the agent talks 0-10 s; the customer cuts in at 2 s and again at 5 s: two interruptions
        Conversation call = SampleCalls.lines(List.of(
                SampleCalls.say("Agent", "Let me walk you through the whole plan", 0, 10000),
                SampleCalls.say("Customer", "Sorry, which plan", 2000, 3000),
                SampleCalls.say("Customer", "Oh, that one", 5000, 6000)), null);

        assertThat(TurnTiming.interruptions(call)).isEqualTo(2);
    }

    @Test
    void silenceCountsGapsOverThreeSecondsBetweenAnySpeech() {
        // gaps: 0.5 s, 1 s, (overlap), 4 s, 0, 0 -> one gap over 3 s, of 4 s
        assertThat(TurnTiming.silence(TIMED)).isEqualTo(new Silence(1, 4.0, 4.0));
    }

    @Test
    void aGapOfExactlyThreeSecondsIsNoSilenceAndFillersAreSpeech() {
        // 1-4 s and 5-8 s: exactly 3 s, not counted; "hmm" is speech until 9 s, so the next gap is 9-12.5 s = 3.5 s;
        // 13-20 s = 7 s: two gaps, 10.5 s in all, the longest 7 s
        Conversation call = SampleCalls.lines(List.of(
                SampleCalls.say("Agent", "Hello", 0, 1000),
                SampleCalls.say("Customer", "Hi", 4000, 5000),
                SampleCalls.say("Customer", "hmm", 8000, 9000),
                SampleCalls.say("Agent", "So", 12500, 13000),
                SampleCalls.say("Customer", "Yes", 20000, 21000)), null);

        assertThat(TurnTiming.silence(call)).isEqualTo(new Silence(2, 10.5, 7.0));
    }

    @Test
    void startOnlyAndUntimedTranscriptsHaveNoPausesOverlapsOrSilence() {
        for (Conversation call : List.of(SampleCalls.text(SampleCalls.STAMPED, 20),
                SampleCalls.text(SampleCalls.unstamped(), 20))) {
            assertThat(TurnTiming.patienceSeconds(call)).isNull();
            assertThat(TurnTiming.interruptions(call)).isNull();
            assertThat(TurnTiming.silence(call)).isNull();
        }
    }

    @Test
    void anAgentWhoNeverRepliesToTheCustomerHasNoPatience() {
        Conversation call = SampleCalls.lines(List.of(SampleCalls.say("Agent", "Hello?", 0, 1000)), null);

        assertThat(TurnTiming.patienceSeconds(call)).isNull();
        assertThat(TurnTiming.interruptions(call)).isZero();
        assertThat(TurnTiming.silence(call)).isEqualTo(new Silence(0, 0.0, 0.0));
    }
}
