package com.salescalls.similarity;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tartarus.snowball.ext.EnglishStemmer;

import static org.assertj.core.api.Assertions.assertThat;

class CachedEnglishStemFilterTest {

    private static final String[] SUFFIXES = {"", "s", "es", "ies", "ing", "ed", "ly", "ness", "ational", "ization",
        "fulness", "iveness", "ement", "able", "ible", "ous", "ist", "'s", "y", "e", "ated", "izer", "ousli"};

    /**
     * The same stems as Snowball's filter, word after word, over words seen many times (the common case) and over
     * more words than a small cache keeps (forgotten when full, then stemmed again).
     */
    @ParameterizedTest(name = "keeping {0} words")
    @ValueSource(ints = {CachedEnglishStemFilter.MAX_WORDS, 7})
    void stemsEveryWordAsSnowballDoes(int maxWords) throws IOException {
        Random random = new Random(3);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 2 + random.nextInt(8); c > 0; c--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary.add(word.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString());
        }
        // the stemmer's own exceptions and a few ordinary words first, so that the commonest picks include them
        vocabulary.addAll(0, List.of("generously", "running", "skies", "dying", "news", "cabinets", "Consolidated",
                "arsenal", "communism", "ÉCOLE", "naïve", "a", "I", "x", "succeed", "proceeding", "exceeded"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append(vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.abs(random.nextGaussian()) * 400)))
                    .append(i % 9 == 0 ? vocabulary.get(random.nextInt(vocabulary.size())) : "").append(' ');
        }
        List<String> cached = tokens(text.toString(), in -> new CachedEnglishStemFilter(in, maxWords));
        List<String> snowball = tokens(text.toString(), in -> new SnowballFilter(in, new EnglishStemmer()));
        assertThat(cached).hasSize(snowball.size()).isEqualTo(snowball);
        assertThat(snowball).contains("generous", "run", "sky", "die", "cabinet");
    }

    private static List<String> tokens(String text, Function<TokenStream, TokenStream> stemming) throws IOException {
        Tokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = stemming.apply(source)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
