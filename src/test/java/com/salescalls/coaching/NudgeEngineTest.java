package com.salescalls.coaching;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.salescalls.insights.SpeakerRole;
import com.salescalls.calls.Call;
import com.salescalls.coaching.CoachingProperties.Band;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.ConversationMetrics.PerSide;
import com.salescalls.insights.ConversationMetrics.Questions;
import com.salescalls.insights.ConversationMetrics.Sentiment;
import com.salescalls.insights.ConversationMetrics.Stretch;
import com.salescalls.insights.ConversationMetrics.TalkShare;
import com.salescalls.insights.SentimentAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

class NudgeEngineTest {

    static final CoachingProperties BANDS = new CoachingProperties(new Band(0.38, 0.48), 0.43, new Band(11, 14),
            150, 0.05, 0.15, 0.10, 10, 150);
    static final SentimentAnalyzer SENTIMENT = new SentimentAnalyzer();
    static final NudgeEngine ENGINE = new NudgeEngine(BANDS);
    static final String TRANSCRIPT = """
            Agent: Hi, thanks for taking the time today. How is your quarter going so far?
            Customer: Honestly it has been rough, our reporting is a mess and the team is frustrated.
            Agent: I hear that a lot. What does your reporting process look like today?
            Customer: Spreadsheets everywhere. It takes two days every month.
            Agent: Our platform pulls everything into one dashboard and it updates itself every hour.
            Customer: That sounds too expensive for us, and I am worried about the migration.
            """;

    static ConversationMetrics metrics(double talkRatio, int questions, double monologueSeconds,
            List<@Nullable Double> quarters) {
        return new ConversationMetrics(new TalkShare(talkRatio, talkRatio),
                new Stretch((int) (monologueSeconds * 2.5), monologueSeconds, 4, "Our platform pulls everything"),
                new Stretch(20, 8.0, 3, "Spreadsheets everywhere"),
                new Questions(questions, 1, questions / 7.0), 4.0, new PerSide(150.0, 140.0), 0.8, 1, null,
                new PerSide(1.0, 2.0), new Sentiment(quarters.getFirst(), 0.3, quarters,
                List.of(new ConversationMetrics.UtteranceSentiment(1, SpeakerRole.CUSTOMER, -0.6))));
    }

    static Call call(String id, double talkRatio, double sentiment, @Nullable ConversationMetrics metrics) {
        OffsetDateTime now = OffsetDateTime.parse("2026-06-01T10:00:00Z");
        return new Call(id, "AGENT_0001", "CUST_000001", "en", now, 420, TRANSCRIPT, talkRatio, sentiment,
                "analyzed", null, metrics, null, now, now, 1, null);
    }

    static List<Nudge> nudges(Call call, @Nullable BetterCall better) {
        return ENGINE.nudges(CallFacts.of(call, SENTIMENT, BANDS.wordsPerMinute()), better);
    }

    static List<String> titles(List<Nudge> nudges) {
        return nudges.stream().map(Nudge::title).toList();
    }

    @Test
    void ranksTheSignalsFurthestOutsideTheirBandsFirst() {
        // talks 80% (3.2 units off), asks 2 questions (3 off); inside their bands: sentiment 0.10 (0.25 units in),
        // a flat trend (0.75 in) and a 60 s monologue (1.5 in)
        List<Nudge> talker = nudges(call("A", 0.80, 0.10, metrics(0.80, 2, 60, quarters(0.1, 0.1, 0.1, 0.1))), null);
        assertThat(titles(talker)).containsExactly("Talk less, listen more", "Ask more discovery questions",
                "Build on a positive customer");
        assertThat(talker.getFirst().evidence()).contains("80%").contains("Our platform pulls everything");
        assertThat(talker.get(1).evidence()).contains("2 questions").contains("11-14");
    }

    @Test
    void nudgesFollowTheNumbersSoDifferentCallsGetDifferentAdvice() {
        List<Nudge> monologuer = nudges(call("B", 0.45, 0.30, metrics(0.45, 12, 400, quarters(0.5, 0.4, 0.3, 0.2))),
                null);
        List<Nudge> cooled = nudges(call("C", 0.44, -0.40, metrics(0.44, 13, 90, quarters(0.6, 0.1, -0.3, -0.7))),
                null);
        assertThat(titles(monologuer).getFirst()).isEqualTo("Break up long monologues");
        assertThat(monologuer.getFirst().evidence()).contains("6 min 40 s");
        assertThat(titles(cooled)).startsWith("Recover the ending", "Address the customer's concerns");
        assertThat(cooled.getFirst().evidence()).contains("+0.60").contains("-0.70");
        assertThat(titles(monologuer)).isNotEqualTo(titles(cooled));
    }

    @Test
    void namesABetterSimilarCallOfAnotherAgentAsTheExample() {
        Call call = call("D", 0.44, -0.20, metrics(0.44, 12, 90, quarters(0.0, 0.0, 0.0, 0.0)));
        List<Nudge> nudges = nudges(call, new BetterCall("CALL_00000042", "AGENT_0007", 0.93, 0.65));
        Nudge example = nudges.stream().filter(n -> n.title().startsWith("Study")).findFirst().orElseThrow();
        assertThat(example.suggestion()).contains("CALL_00000042").contains("AGENT_0007");
        assertThat(example.evidence()).contains("93%").contains("+0.65").contains("-0.20");
        assertThat(nudges.getFirst()).isEqualTo(example);
    }

    @Test
    void givesThreeSensibleNudgesFromTalkRatioSentimentAndTranscriptWhenMetricsAreMissing() {
        List<Nudge> nudges = nudges(call("E", 0.70, -0.35, null), null);
        assertThat(nudges).hasSize(3);
        assertThat(titles(nudges)).contains("Talk less, listen more", "Address the customer's concerns");
        Nudge concerns = nudges.stream().filter(n -> n.title().startsWith("Address")).findFirst().orElseThrow();
        // the customer's most negative line, as the sentiment analyser scores it
        List<String> customerLines = List.of(
                "Honestly it has been rough, our reporting is a mess and the team is frustrated.",
                "Spreadsheets everywhere. It takes two days every month.",
                "That sounds too expensive for us, and I am worried about the migration.");
        String lowest = customerLines.stream()
                .min(java.util.Comparator.comparingDouble(SENTIMENT::polarity)).orElseThrow();
        assertThat(concerns.evidence()).contains("-0.35").contains("Lowest moment").contains(lowest);
        // two agent questions counted from the transcript
        assertThat(String.join(" ", nudges.stream().map(Nudge::evidence).toList()))
                .doesNotContain("null");
    }

    @Test
    void quotesTheLowestMomentTheStoredAnalysisScoredWithoutScoringAgain() {
        ConversationMetrics base = metrics(0.70, 2, 60, quarters(-0.3, -0.3, -0.4, -0.4));
        // the stored scores rank the neutral "Spreadsheets everywhere" line (utterance 3) lowest, which no
        // re-scoring by the lexicon would: the quote must come from the analysis, not from a second model run
        ConversationMetrics stored = new ConversationMetrics(base.talkRatio(), base.longestAgentMonologue(),
                base.longestCustomerStory(), base.questions(), base.interactivity(), base.talkSpeedWpm(),
                base.patienceSeconds(), base.interruptions(), base.silence(), base.fillerWordsPer100(),
                new Sentiment(-0.35, 0.3, base.sentiment().customerByQuarter(), List.of(
                        new ConversationMetrics.UtteranceSentiment(1, SpeakerRole.CUSTOMER, -0.2),
                        new ConversationMetrics.UtteranceSentiment(2, SpeakerRole.AGENT, -0.9),
                        new ConversationMetrics.UtteranceSentiment(3, SpeakerRole.CUSTOMER, -0.7),
                        new ConversationMetrics.UtteranceSentiment(5, SpeakerRole.CUSTOMER, -0.1))));
        assertThat(SENTIMENT.polarity("Spreadsheets everywhere. It takes two days every month."))
                .isGreaterThan(SENTIMENT.polarity("That sounds too expensive for us, and I am worried about the migration."));

        CallFacts facts = CallFacts.of(call("G", 0.70, -0.35, stored), SENTIMENT, BANDS.wordsPerMinute());

        assertThat(facts.lowestCustomer()).isEqualTo(
                new CallFacts.Quote("Spreadsheets everywhere. It takes two days every month.", -0.7));
        assertThat(facts.firstSentiment()).isEqualTo(-0.3);
        assertThat(facts.lastSentiment()).isEqualTo(-0.4);
    }

    @Test
    void asksForCustomerSpeechWhenNoneWasRecognised() {
        OffsetDateTime now = OffsetDateTime.parse("2026-06-01T10:00:00Z");
        Call silent = new Call("F", "AGENT_0001", "CUST_000001", "en", now, 60, "Narrator: nothing here", null, null,
                "analyzed", null, null, null, now, now, 1, null);
        List<Nudge> nudges = nudges(silent, null);
        assertThat(nudges).hasSize(3);
        assertThat(nudges.getFirst().title()).isEqualTo("Get the customer talking");
    }

    @Test
    void everyGeneratedCallGetsExactlyThreeNudgesWithSuggestionsOfAtMostFortyWords() {
        List<GeneratedCall> generated = new CallGenerator(11, java.time.Instant.parse("2026-06-30T00:00:00Z"))
                .generate(120, 1);
        List<List<String>> distinct = new ArrayList<>();
        for (GeneratedCall g : generated) {
            double ratio = g.agentStyle().ordinal() / 10.0 + 0.3;
            Call call = new Call(g.callId(), g.agentId(), g.customerId(), "en", g.startTime(), g.durationSeconds(),
                    g.transcript(), ratio, SENTIMENT.customerSentiment(g.transcript()), "analyzed", null, null, null,
                    g.startTime(), g.startTime(), 1, null);
            List<Nudge> nudges = nudges(call, null);
            assertThat(nudges).hasSize(3).allSatisfy(n -> {
                assertThat(n.suggestion().split("\\s+")).hasSizeLessThanOrEqualTo(40);
                assertThat(n.title()).isNotBlank();
                assertThat(n.evidence()).isNotBlank();
            });
            if (!distinct.contains(titles(nudges))) {
                distinct.add(titles(nudges));
            }
        }
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void measuresDistanceOutsideABandAndMarginInsideIt() {
        Band band = new Band(10, 20);
        assertThat(NudgeEngine.offBy(25, band, 5)).isEqualTo(1.0);
        assertThat(NudgeEngine.offBy(0, band, 5)).isEqualTo(2.0);
        assertThat(NudgeEngine.offBy(12, band, 2)).isEqualTo(-1.0);
    }

    static List<@Nullable Double> quarters(Double... values) {
        return Arrays.asList(values);
    }
}
