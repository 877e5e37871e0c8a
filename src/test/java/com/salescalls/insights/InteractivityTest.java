package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InteractivityTest {

    @Test
    void countsSwitchesBetweenSidesPerMinuteOfTheTimedCall() {
        // turns A C A C A A ("mhm" is no turn): 4 switches in 25 s -> 4 / (25 / 60) = 9.6 per minute
        Conversation call = SampleCalls.lines(SampleCalls.TIMED, null);

        assertThat(Interactivity.switches(call)).isEqualTo(4);
        assertThat(Interactivity.perMinute(call)).isEqualTo(9.6);
    }

    @Test
    void usesTheCallsDurationWhenTheTranscriptIsUntimed() {
        // A C A C: 3 switches in 20 s -> 9 per minute
        assertThat(Interactivity.perMinute(SampleCalls.text(SampleCalls.unstamped(), 20))).isEqualTo(9.0);
    }

    @Test
    void theDurationWinsOverTheLastTimedEnd() {
        // the call ran 50 s although the last word ends at 25 s: 4 switches / (50 / 60) = 4.8
        assertThat(Interactivity.perMinute(SampleCalls.lines(SampleCalls.TIMED, 50))).isEqualTo(4.8);
    }

    @Test
    void isUnknownWithoutTheCallsLength() {
        assertThat(Interactivity.perMinute(SampleCalls.text(SampleCalls.unstamped(), null))).isNull();
        assertThat(Interactivity.perMinute(SampleCalls.text(SampleCalls.STAMPED, null))).isNull();
    }

    @Test
    void unknownSpeakersAddNoSwitch() {
        // Agent, (Dana Smith), Agent, Customer: one switch
        Conversation call = SampleCalls.text("Agent: Hi.\nDana Smith: Hello.\nAgent: Welcome.\nCustomer: Thanks.", 60);

        assertThat(Interactivity.switches(call)).isEqualTo(1);
        assertThat(Interactivity.perMinute(call)).isEqualTo(1.0);
    }
}
