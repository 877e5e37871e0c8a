package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenWordsTest {

    @Test
    void countsTokensWithALetterOrDigitAsWords() {
        // "we'd", "$500", "follow-up" are one word each; "-" and "..." are no words
        assertThat(SpokenWords.count("We'd pay $500 - for the follow-up ...")).isEqualTo(6);
    }

    @Test
    void excludesHesitationTokensWhateverTheirSpelling() {
        // left: "I", "think", "so", "yes" -> 4
        assertThat(SpokenWords.count("Um, I uh think, hmm... so. Ummm, UHH, er erm ah mhm mm hm yes")).isEqualTo(4);
    }

    @Test
    void excludesYouKnowAndIMeanWhenSetOffByPunctuation() {
        // left: "the", "price", "is", "high" and "it's", "steep" -> 6
        assertThat(SpokenWords.count("You know, the price is high. I mean, it's steep, you know.")).isEqualTo(6);
        assertThat(SpokenWords.count("It is, I mean, expensive")).isEqualTo(3);
        assertThat(SpokenWords.count("It is expensive, you know")).isEqualTo(3);
    }

    @Test
    void keepsYouKnowAndIMeanWhenTheyCarryMeaning() {
        assertThat(SpokenWords.count("You know the answer")).isEqualTo(4);
        assertThat(SpokenWords.count("I mean it")).isEqualTo(3);
        assertThat(SpokenWords.count("Do you know, Sam?")).isEqualTo(4);
    }

    @Test
    void keepsGenuineWordsThatAreSometimesFillers() {
        assertThat(SpokenWords.count("I'd like a demo, so well, like, soon")).isEqualTo(8);
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(SpokenWords.count("")).isZero();
        assertThat(SpokenWords.count("  ... -- ")).isZero();
    }
}
