package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Published VADER, the baseline the other analysers are measured against, as ported rule for rule. */
class VaderScorerTest {

    private static final VaderScorer VADER = new VaderScorer(VaderLexicon.fromClasspath());

    private static double polarity(String text) {
        return VADER.scoreAll(List.of(text))[0];
    }

    @Test
    void thanksAndPraiseAreClearlyPositive() {
        assertThat(polarity("This is great, thank you!")).isGreaterThan(0.5);
    }

    @Test
    void complaintsAreNegative() {
        assertThat(polarity("This is terrible and way too expensive.")).isNegative();
    }

    @Test
    void negationFlipsAPositiveWord() {
        assertThat(polarity("not good")).isNegative();
    }

    @Test
    void negationFlipsANegativeWord() {
        assertThat(polarity("not bad")).isPositive();
        assertThat(polarity("It isn't bad")).isPositive();
        assertThat(polarity("It isn’t bad")).isPositive();
    }

    @Test
    void whatFollowsButOutweighsWhatCameBefore() {
        assertThat(polarity("The demo was good but the price is awful")).isNegative();
        assertThat(polarity("The price is awful but the demo was good")).isPositive();
    }

    @Test
    void allCapsWordInAMixedCaseSentenceIsStronger() {
        assertThat(polarity("The demo was GREAT")).isGreaterThan(polarity("The demo was great"));
    }

    @Test
    void allCapsEverywhereIsNoEmphasis() {
        assertThat(polarity("GREAT")).isEqualTo(polarity("great"));
    }

    @Test
    void exclamationMarksAmplify() {
        assertThat(polarity("good!!!")).isGreaterThan(polarity("good!")).isGreaterThan(polarity("good"));
        assertThat(polarity("good!!!!!!")).isEqualTo(polarity("good!!!!"));
    }

    @Test
    void boostersAmplifyAndDampenersSoften() {
        assertThat(polarity("very good")).isGreaterThan(polarity("good"));
        assertThat(polarity("It was kind of good")).isLessThan(polarity("It was good")).isPositive();
        assertThat(polarity("It was slightly bad")).isGreaterThan(polarity("It was bad")).isNegative();
    }

    @Test
    void leastNegatesExceptInAtLeast() {
        assertThat(polarity("the least helpful answer")).isNegative();
        assertThat(polarity("at least helpful")).isPositive();
    }

    @Test
    void neverSoIntensifiesInsteadOfNegating() {
        assertThat(polarity("I have never been so happy")).isPositive();
    }

    @Test
    void emptyOrNeutralTextScoresZero() {
        assertThat(polarity("")).isZero();
        assertThat(polarity("   ")).isZero();
        assertThat(polarity("We meet on Tuesday at ten.")).isZero();
    }

    @Test
    void scoresStayWithinMinusOneAndOne() {
        assertThat(polarity("GREAT GREAT GREAT love love love wonderful amazing superb!!!! fantastic"))
                .isLessThanOrEqualTo(1.0).isGreaterThan(0.95);
        assertThat(polarity("awful terrible horrible hate disgusting worst nightmare")).isGreaterThanOrEqualTo(-1.0);
    }

    /** Compound scores published in the vaderSentiment README, to check the port against the original. */
    @Test
    void matchesTheReferenceImplementationOnItsPublishedExamples() {
        assertThat(polarity("VADER is smart, handsome, and funny.")).isCloseTo(0.8316, within(1e-4));
        assertThat(polarity("VADER is smart, handsome, and funny!")).isCloseTo(0.8439, within(1e-4));
        assertThat(polarity("VADER is very smart, handsome, and funny.")).isCloseTo(0.8545, within(1e-4));
        assertThat(polarity("VADER is VERY SMART, handsome, and FUNNY.")).isCloseTo(0.9227, within(1e-4));
        assertThat(polarity("VADER is VERY SMART, handsome, and FUNNY!!!")).isCloseTo(0.9342, within(1e-4));
        assertThat(polarity("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!"))
                .isCloseTo(0.9469, within(1e-4));
        assertThat(polarity("VADER is not smart, handsome, nor funny.")).isCloseTo(-0.7424, within(1e-4));
        assertThat(polarity("The book was good.")).isCloseTo(0.4404, within(1e-4));
        assertThat(polarity("At least it isn't a horrible book.")).isCloseTo(0.431, within(1e-4));
        assertThat(polarity("The book was only kind of good.")).isCloseTo(0.3832, within(1e-4));
        assertThat(polarity("The plot was good, but the characters are uncompelling and the dialog is not great."))
                .isCloseTo(-0.7042, within(1e-4));
        assertThat(polarity("Today SUX!")).isCloseTo(-0.5461, within(1e-4));
        assertThat(polarity("Make sure you :) or :D today!")).isCloseTo(0.8633, within(1e-4));
        assertThat(polarity("Not bad at all")).isCloseTo(0.431, within(1e-4));
    }
}
