package com.salescalls.insights;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UtteranceScorerTest {

    private final SentimentAnalyzer sentiment = new SentimentAnalyzer();
    private final UtteranceScorer scorer = new UtteranceScorer(sentiment);

    @Test
    void readsStampsRolesAndJoinsContinuationLinesLikeTheWholeCallParser() {
        List<ScoredUtterance> utterances = scorer.score("""
                [00:00:05] Agent: Hello, thanks for joining.
                [01:02:03] Customer (Dana): This is terrible.
                It never works.
                [01:02:10] Mike: Sorry to cut in.
                """);

        assertThat(utterances).extracting(ScoredUtterance::speaker).containsExactly("Agent", "Customer (Dana)", "Mike");
        assertThat(utterances).extracting(ScoredUtterance::role).containsExactly(SpeakerRole.AGENT, SpeakerRole.CUSTOMER,
                SpeakerRole.UNKNOWN);
        assertThat(utterances).extracting(ScoredUtterance::startMs).containsExactly(5_000L, 3_723_000L, 3_730_000L);
        assertThat(utterances.get(1).text()).isEqualTo("This is terrible. It never works.");
        assertThat(utterances.get(1).sentiment()).isEqualTo(sentiment.polarity("This is terrible. It never works."));
        assertThat(utterances.get(0).words()).isEqualTo(4);
    }

    @Test
    void aStampGoingBackwardsIsRefusedAsTheWholeCallParserRefusesIt() {
        assertThatThrownBy(() -> scorer.score("[00:00:09] Agent: Hi.\n[00:00:05] Customer: Hello."))
                .isInstanceOf(InvalidTranscript.class);
    }

    @Test
    void unstampedLinesHaveNoStartTime() {
        assertThat(scorer.score("Agent: Hi.\nCustomer: Hello.")).extracting(ScoredUtterance::startMs)
                .containsExactly(null, null);
    }

    @Test
    void perUtteranceFiguresAddUpToTheWholeCallAnalysis() {
        for (GeneratedCall call : new CallGenerator(11, Instant.parse("2026-03-01T00:00:00Z")).generate(20, 1)) {
            List<ScoredUtterance> utterances = scorer.score(call.transcript());
            Transcript whole = Transcript.parse(call.transcript());
            double mean = utterances.stream().filter(ScoredUtterance::byCustomer)
                    .mapToDouble(ScoredUtterance::sentiment).average().orElseThrow();
            long agent = utterances.stream().filter(ScoredUtterance::byAgent).mapToLong(ScoredUtterance::words).sum();
            long all = utterances.stream().filter(u -> u.byAgent() || u.byCustomer())
                    .mapToLong(ScoredUtterance::words).sum();

            assertThat(utterances).hasSize(whole.utterances().size());
            assertThat(mean).isCloseTo(sentiment.customerSentiment(whole), within(1e-12));
            assertThat((double) agent / all).isCloseTo(
                    TalkRatio.share(Conversation.of(whole, call.durationSeconds())).byWords(), within(1e-12));
        }
    }

    @Test
    void aSpeakerLabelIsWhatTheTranscriptParserReadsBackAsOne() {
        assertThat(UtteranceScorer.isSpeakerLabel("Agent")).isTrue();
        assertThat(UtteranceScorer.isSpeakerLabel("Customer (Dana)")).isTrue();
        assertThat(UtteranceScorer.isSpeakerLabel("Agent: Bob")).isFalse();
        assertThat(UtteranceScorer.isSpeakerLabel("one two three four")).isFalse();
        assertThat(UtteranceScorer.isSpeakerLabel("")).isFalse();
    }
}
