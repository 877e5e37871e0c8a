package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import com.salescalls.insights.ConversationMetrics.Sentiment;
import com.salescalls.insights.ConversationMetrics.UtteranceSentiment;

class SentimentProfileTest {

    // one score per scored utterance of SampleCalls.TIMED (all seven: "mhm" has text, so it is scored)
    private static final double[] SCORES = {0.1, 0.5, 0.2, -0.4, 0.0, 0.3, 0.6};

    @Test
    void averagesEachSideAndPlacesCustomerTurnsInQuartersByStartTime() {
        // customer: 0.5, -0.4, 0.3 -> mean 0.4 / 3; agent: 0.1, 0.2, 0.0, 0.6 -> 0.225.
        // quarters of the 25 s call are 6.25 s long: customer turns start at 4.5 s (Q1), 12 s (Q2), 21 s (Q4)
        Sentiment sentiment = SentimentProfile.of(SampleCalls.lines(SampleCalls.TIMED, null), SCORES);

        assertThat(sentiment.customer()).isCloseTo(0.4 / 3, within(1e-12));
        assertThat(sentiment.agent()).isCloseTo(0.225, within(1e-12));
        assertThat(sentiment.customerByQuarter()).containsExactly(0.5, -0.4, null, 0.3);
        assertThat(sentiment.utterances()).containsExactly(
                new UtteranceSentiment(0, SpeakerRole.AGENT, 0.1), new UtteranceSentiment(1, SpeakerRole.CUSTOMER, 0.5),
                new UtteranceSentiment(2, SpeakerRole.AGENT, 0.2), new UtteranceSentiment(3, SpeakerRole.CUSTOMER, -0.4),
                new UtteranceSentiment(4, SpeakerRole.AGENT, 0.0), new UtteranceSentiment(5, SpeakerRole.CUSTOMER, 0.3),
                new UtteranceSentiment(6, SpeakerRole.AGENT, 0.6));
    }

    @Test
    void placesTurnsByWordPositionWhenUntimed() {
        // 25 words: customer turns start after 10 words (0.4 -> Q2) and after 22 (0.88 -> Q4)
        Sentiment sentiment = SentimentProfile.of(SampleCalls.text(SampleCalls.unstamped(), null),
                new double[] {0.0, -0.5, 0.0, 0.9});

        assertThat(sentiment.customerByQuarter()).containsExactly(null, -0.5, null, 0.9);
        assertThat(sentiment.customer()).isCloseTo(0.2, within(1e-12));
        assertThat(sentiment.agent()).isEqualTo(0.0);
    }

    @Test
    void stampedTextWithTheCallsLengthIsPlacedByTime() {
        // 20 s call, 5 s quarters: customer turns at 6 s (Q2) and 16 s (Q4)
        Sentiment sentiment = SentimentProfile.of(SampleCalls.text(SampleCalls.STAMPED, 20),
                new double[] {0.0, -0.5, 0.0, 0.9});

        assertThat(sentiment.customerByQuarter()).containsExactly(null, -0.5, null, 0.9);
    }

    @Test
    void leavesOutUnknownSpeakersAndEmptyTurns() {
        // scored: the agent's "Hello" (index 0) and the customer's "Fine" (index 3); Dana and the empty turn are not
        Conversation call = SampleCalls.text("Agent: Hello\nDana Smith: Great!\nCustomer:\nCustomer: Fine", null);

        assertThat(SentimentProfile.scored(call)).extracting(Conversation.Part::index).containsExactly(0, 3);
        Sentiment sentiment = SentimentProfile.of(call, new double[] {0.25, -0.75});
        assertThat(sentiment.customer()).isEqualTo(-0.75);
        assertThat(sentiment.agent()).isEqualTo(0.25);
    }

    @Test
    void aSilentSideHasNoSentiment() {
        Sentiment sentiment = SentimentProfile.of(SampleCalls.text("Agent: Hello?", null), new double[] {0.1});

        assertThat(sentiment.customer()).isNull();
        assertThat(sentiment.customerByQuarter()).containsExactly(null, null, null, null);
        assertThat(Arrays.asList(sentiment.agent())).containsExactly(0.1);
        assertThat(SentimentProfile.of(SampleCalls.text("", null), new double[0]).utterances()).isEqualTo(List.of());
    }
}
