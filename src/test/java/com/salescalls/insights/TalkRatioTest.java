package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TalkRatioTest {

    private static @org.jspecify.annotations.Nullable Double ratio(String transcript) {
        return TalkRatio.agentTalkRatio(Transcript.parse(transcript));
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
}
