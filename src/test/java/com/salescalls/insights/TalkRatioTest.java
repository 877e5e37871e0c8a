package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.PerSide;
import com.salescalls.insights.ConversationMetrics.TalkShare;

class TalkRatioTest {

    private static @Nullable Double ratio(String transcript) {
        return TalkRatio.share(SampleCalls.text(transcript, null)).byWords();
    }

    @Test
    void excludesSpeakerLabelsFromTalkRatio() {
        // agent: "Hello there" = 2 words, customer: "Hi" = 1 word; the labels are not words -> 2 / 3
        assertThat(ratio("Agent: Hello there\nCustomer: Hi")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void excludesFillerWordsFromTalkRatio() {
        // agent: "Um, so, uh, our plan costs ten dollars" -> so, our, plan, costs, ten, dollars = 6
        // customer: "Hmm, you know, that is fine, I mean, ok" -> that, is, fine, ok = 4  => 6 / 10
        String transcript = """
                Agent: Um, so, uh, our plan costs ten dollars
                Customer: Hmm, you know, that is fine, I mean, ok
                """;
        assertThat(ratio(transcript)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void emptyTranscriptHasNoTalkRatio() {
        assertThat(ratio("")).isNull();
        assertThat(ratio("Agent: um\nCustomer: uh...")).isNull();
    }

    @Test
    void agentOnlyTranscriptHasRatioOne() {
        assertThat(ratio("Agent: Hello?\nAgent: Anyone there?")).isEqualTo(1.0);
    }

    @Test
    void customerOnlyTranscriptHasRatioZero() {
        assertThat(ratio("Customer: Hello?")).isEqualTo(0.0);
    }

    @Test
    void handlesTimestampPrefixes() {
        // the timestamps are not words: agent "Thanks for joining" = 3, customer "Sure thing" = 2 -> 3 / 5
        String transcript = "[00:00:01] Agent: Thanks for joining\n[00:00:04] Customer: Sure thing";
        assertThat(ratio(transcript)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void countsContinuationLinesForThePreviousSpeaker() {
        // agent: "Our plan" + "covers five seats" = 5, customer: "Great" + "thanks" = 2 -> 5 / 7
        String transcript = """
                Agent: Our plan
                covers five seats
                Customer: Great
                thanks
                """;
        assertThat(ratio(transcript)).isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void ignoresSpeakersWithoutARole() {
        // Dana's 4 words count for neither side: agent 1 word, customer 1 word -> 1 / 2
        assertThat(ratio("Agent: Hi\nDana Smith: I am just listening\nCustomer: Hello"))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void acceptsOtherRoleNamesAndCase() {
        // SALES REP: 3 words, prospect: 1 word -> 3 / 4
        assertThat(ratio("SALES REP: How are you\nprospect: Fine")).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void measuresTalkTimeAndSpeedFromFullTimings() {
        // agent: 4 + 4 + 1 + 3.5 = 12.5 s for 10 + 9 + 1 + 11 = 31 words; customer: 3.5 + 4 + 0.5 = 8 s, 7 + 7 = 14
        Conversation call = SampleCalls.lines(SampleCalls.TIMED, null);

        assertThat(TalkRatio.share(call)).isEqualTo(new TalkShare(31.0 / 45, 12.5 / 20.5));
        PerSide speed = TalkRatio.speedWpm(call);
        assertThat(speed.agent()).isCloseTo(31 / (12.5 / 60), within(1e-9)).isCloseTo(148.8, within(1e-9));
        assertThat(speed.customer()).isCloseTo(14 / (8.0 / 60), within(1e-9)).isCloseTo(105.0, within(1e-9));
    }

    @Test
    void aStampedTurnLastsUntilTheNextOneStartsAndTheLastUntilTheCallEnds() {
        // agent turns 0-6 s and 10-16 s = 12 s for 16 words; customer 6-10 s and 16-20 s = 8 s for 9 words
        Conversation call = SampleCalls.text(SampleCalls.STAMPED, 20);

        assertThat(TalkRatio.share(call)).isEqualTo(new TalkShare(16.0 / 25, 12.0 / 20));
        assertThat(TalkRatio.speedWpm(call)).isEqualTo(new PerSide(16 / (12.0 / 60), 9 / (8.0 / 60)));
    }

    @Test
    void withoutTheCallsEndTheLastStampedTurnHasNoLength() {
        // the customer's last turn has no end, so the customer's time and everything built on it is unknown;
        // the agent's turns both end where the next turn starts
        Conversation call = SampleCalls.text(SampleCalls.STAMPED, null);

        assertThat(TalkRatio.share(call)).isEqualTo(new TalkShare(16.0 / 25, null));
        assertThat(TalkRatio.speedWpm(call)).isEqualTo(new PerSide(80.0, null));
    }

    @Test
    void untimedTranscriptHasNoTimeShareOrSpeedEvenWithADuration() {
        Conversation call = SampleCalls.text(SampleCalls.unstamped(), 20);

        assertThat(TalkRatio.share(call)).isEqualTo(new TalkShare(16.0 / 25, null));
        assertThat(TalkRatio.speedWpm(call)).isEqualTo(new PerSide(null, null));
    }

    @Test
    void aSideThatNeverSpokeHasNoSpeed() {
        Conversation call = SampleCalls.lines(java.util.List.of(SampleCalls.say("Agent", "Hello there", 0, 1000)), null);

        assertThat(TalkRatio.share(call)).isEqualTo(new TalkShare(1.0, 1.0));
        assertThat(TalkRatio.speedWpm(call)).isEqualTo(new PerSide(120.0, null));
    }
}
