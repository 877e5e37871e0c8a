package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.Stretch;

class MonologuesTest {

    @Test
    void aListenersFillerDoesNotEndTheAgentsMonologue() {
        // agent runs: [0] 10 words, [2] 9, [4, 6] 1 + 11 = 12 (the customer's "mhm" between them is no turn);
        // the last run is longest and lasts from 20 s to 25 s
        Stretch stretch = Monologues.longest(SampleCalls.lines(SampleCalls.TIMED, null), SpeakerRole.AGENT);

        assertThat(stretch).isEqualTo(new Stretch(12, 5.0, 4,
                "Understood. We can offer a discount for annual plans, starting this month."));
    }

    @Test
    void theEarlierOfEquallyLongStoriesWins() {
        // customer runs: [1] 7 words in 3.5 s, [3] 7 words ("um" is a filler): the first is kept
        Stretch stretch = Monologues.longest(SampleCalls.lines(SampleCalls.TIMED, null), SpeakerRole.CUSTOMER);

        assertThat(stretch).isEqualTo(new Stretch(7, 3.5, 1, "Pretty good, thanks. Busy with the rollout."));
    }

    @Test
    void consecutiveTurnsOfOneSideFormOneRunAndUntimedRunsHaveNoSeconds() {
        String transcript = """
                Customer: Hi.
                Agent: Let me explain the plan.
                Agent: It has three tiers.
                Customer: Ok.
                Agent: Any questions about the tiers or the price?
                """;
        // agent runs: [1, 2] 5 + 4 = 9 words, [4] 8 words
        Stretch stretch = Monologues.longest(SampleCalls.text(transcript, 60), SpeakerRole.AGENT);

        assertThat(stretch).isEqualTo(new Stretch(9, null, 1, "Let me explain the plan. It has three tiers."));
    }

    @Test
    void anUnknownSpeakerNeitherEndsNorJoinsARun() {
        // "Dana Smith" takes no turn: the agent's run is 2 + 2 = 4 words
        Stretch stretch = Monologues.longest(
                SampleCalls.text("Agent: Hello all.\nDana Smith: Hi everyone, I am Dana.\nAgent: Let's start.", null),
                SpeakerRole.AGENT);

        assertThat(stretch.words()).isEqualTo(4);
    }

    @Test
    void quotesOnlyTheOpeningWordsOfALongRun() {
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty twentyone twentytwo";
        Stretch stretch = Monologues.longest(SampleCalls.text("Agent: " + words, null), SpeakerRole.AGENT);

        assertThat(stretch.words()).isEqualTo(22);
        assertThat(stretch.excerpt()).isEqualTo(words.substring(0, words.indexOf(" twentyone")) + " …");
    }

    @Test
    void aSideThatNeverSpokeHasAnEmptyStretch() {
        Conversation call = SampleCalls.lines(List.of(SampleCalls.say("Agent", "Hello?", 0, 1000),
                SampleCalls.say("Customer", "hmm", 1000, 2000)), null);

        assertThat(Monologues.longest(call, SpeakerRole.CUSTOMER)).isEqualTo(new Stretch(0, null, null, null));
    }
}
