package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CustomerSentimentTest {

    private static final SentimentAnalyzer ANALYZER = new SentimentAnalyzer();

    @Test
    void transcriptWithOnlyAgentLinesHasNoCustomerSentiment() {
        assertThat(ANALYZER.customerSentiment("Agent: This is great!\nAgent: Hello?")).isNull();
        assertThat(ANALYZER.customerSentiment("")).isNull();
    }

    @Test
    void pleasedCustomerScoresPositive() {
        String transcript = """
                [00:00:01] Agent: Thanks for taking the time today.
                [00:00:04] Customer: Happy to. We really liked the demo last week.
                [00:00:10] Agent: Great to hear. Any questions on pricing?
                [00:00:14] Customer: No, the pricing looks fair and the integration is exactly what we need.
                [00:00:20] Customer: Thanks, this is very helpful!
                """;
        assertThat(ANALYZER.customerSentiment(transcript)).isPositive();
    }

    @Test
    void annoyedCustomerScoresNegative() {
        String transcript = """
                Agent: Thanks for taking the time today, this will be great.
                Customer: Honestly I'm frustrated. The onboarding was a mess.
                Agent: I'm sorry to hear that.
                Customer: It's too expensive and support never answers. This is a terrible experience.
                """;
        assertThat(ANALYZER.customerSentiment(transcript)).isNegative();
    }

    @Test
    void averagesTheScoresOfTheCustomerTurns() {
        String first = "I love it!";
        String second = "The price is awful, honestly.";
        String transcript = "Customer: " + first + "\nAgent: Thank you so much!\nCustomer: " + second;

        double expected = (ANALYZER.polarity(first) + ANALYZER.polarity(second)) / 2;
        assertThat(ANALYZER.customerSentiment(transcript)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void scoresAContinuedTurnAsOneUtterance() {
        // the "but" rule must see both lines of the turn, so the turn ends up negative
        String transcript = "Customer: The demo was good\nbut the price is awful";

        assertThat(ANALYZER.customerSentiment(transcript))
                .isEqualTo(ANALYZER.polarity("The demo was good but the price is awful"))
                .isNegative();
    }
}
