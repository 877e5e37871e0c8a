package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.Questions;

class QuestionCounterTest {

    @Test
    void countsSentencesEndingInAQuestionMarkPerSideAndTheAgentsRate() {
        // agent: "going?" and "today?" = 2 in a 25 s call -> 2 / (25 / 60) = 4.8 per minute; customer: none
        Questions questions = QuestionCounter.count(SampleCalls.lines(SampleCalls.TIMED, null));

        assertThat(questions).isEqualTo(new Questions(2, 0, 4.8));
    }

    @Test
    void countsEachRunOfEndPunctuationWithAQuestionMarkOnce() {
        assertThat(QuestionCounter.marked("Really?! Why? How?? Fine.")).isEqualTo(3);
        assertThat(QuestionCounter.marked("So... what?...")).isEqualTo(1);
        assertThat(QuestionCounter.marked("What a great demo.")).isZero();
    }

    @Test
    void inAPunctuatedTranscriptAnInterrogativeOpeningWithoutAQuestionMarkIsNoQuestion() {
        // punctuated, so "What about Monday" (no "?") does not count; the customer's "Is it cheap?" does.
        // The duration is unknown, so there is no rate.
        Questions questions = QuestionCounter.count(
                SampleCalls.text("Agent: What about Monday\nCustomer: Is it cheap? I hope so.", null));

        assertThat(questions).isEqualTo(new Questions(0, 1, null));
    }

    @Test
    void inAnUnpunctuatedTranscriptTurnsOpeningWithAnInterrogativeAreQuestions() {
        // no . ! ? anywhere: agent "what do you think" = 1, "tell me more" = 0;
        // customer "um is it cheap" = 1 (the hesitation is skipped), "why not" = 1, "sounds good" = 0.
        // 1 agent question in 30 s = 2 per minute
        String transcript = """
                Agent: what do you think
                Customer: um is it cheap
                Agent: tell me more
                Customer: why not
                Customer: sounds good
                """;
        assertThat(QuestionCounter.count(SampleCalls.text(transcript, 30))).isEqualTo(new Questions(1, 2, 2.0));
    }

    @Test
    void recognisesContractedOpenings() {
        assertThat(QuestionCounter.opensWithInterrogative("Don’t you like it")).isTrue();
        assertThat(QuestionCounter.opensWithInterrogative("\"Can we talk")).isTrue();
        assertThat(QuestionCounter.opensWithInterrogative("We can talk")).isFalse();
        assertThat(QuestionCounter.opensWithInterrogative("")).isFalse();
    }
}
