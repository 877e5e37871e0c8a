package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation lexicon analyser on what sales conversations need, in both polarities. */
class LexiconScorerTest {

    private static final LexiconScorer LEXICON = LexiconScorer.fromClasspath();
    private static final VaderScorer VADER = new VaderScorer(VaderLexicon.fromClasspath());

    private static double score(String text) {
        return LEXICON.score(text);
    }

    @Test
    void priceObjectionsAreNegativeAndTheirDenialPositive() {
        assertThat(score("That's too expensive for us.")).isNegative();
        assertThat(score("Honestly that’s way too pricey.")).isNegative();
        assertThat(score("It's out of our budget this year.")).isNegative();
        assertThat(score("That's not too expensive at all.")).isPositive();
        assertThat(score("The pricing is affordable.")).isPositive();
    }

    @Test
    void choosingACompetitorIsNegativeAndRulingItOutPositive() {
        assertThat(score("We'll go with a competitor.")).isNegative();
        assertThat(score("I think we're going with another vendor.")).isNegative();
        assertThat(score("We won't go with a competitor after this demo.")).isPositive();
    }

    @Test
    void buyingSignalsArePositiveAndTheirNegationNegative() {
        assertThat(score("Send me the contract.")).isPositive();
        assertThat(score("Great, let's move forward and sign the agreement.")).isPositive();
        assertThat(score("Please don't send me the contract yet.")).isNegative();
        assertThat(score("We are not interested.")).isNegative();
    }

    @Test
    void negationFlipsBothWays() {
        assertThat(score("not bad at all")).isPositive();
        assertThat(score("That doesn't work for us.")).isNegative();
        assertThat(score("That works for us.")).isPositive();
        assertThat(score("I don't think it's worth it.")).isNegative();
    }

    @Test
    void whatFollowsButDecides() {
        assertThat(score("The demo was good but it's too expensive.")).isNegative();
        assertThat(score("It's a bit pricey but the support is excellent.")).isPositive();
    }

    @Test
    void intensifiersStrengthenAndStandAloneWhenTheyModifyNothing() {
        assertThat(score("The onboarding was really slow.")).isLessThan(score("The onboarding was slow.")).isNegative();
        assertThat(VADER.compound("The onboarding was incredible.")).isZero();
        assertThat(score("The onboarding was incredible.")).isPositive();
        assertThat(score("It was pretty much a waste of time.")).isNegative();
    }

    @Test
    void disappointedHopesAndBetterAlternativesAreNegative() {
        assertThat(score("I was hoping for more.")).isNegative();
        assertThat(score("We were hoping for a better price.")).isNegative();
        assertThat(score("We've had better experiences with your support.")).isNegative();
        assertThat(score("Don't waste your time on it.")).isNegative();
    }

    @Test
    void blankTextsScoreZeroAndBatchesKeepOrder() {
        assertThat(LEXICON.scoreAll(List.of("", "Send me the contract.", "That's too expensive.")))
                .satisfies(scores -> {
                    assertThat(scores[0]).isZero();
                    assertThat(scores[1]).isPositive();
                    assertThat(scores[2]).isNegative();
                });
    }
}
