package com.salescalls.similarity;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The Snowball English stemmer, as {@link SnowballFilter} applies it, with the stems of the words already seen kept:
 * a transcript's words are mostly the same few thousand, and stemming them anew was a third of the CPU of a rebuild
 * without graphs (docs/BENCHMARKS.md). The stem of a word never changes, so the tokens are the same; the words kept
 * are bounded, and forgotten all at once when full. One per token stream, i.e. per thread.
 */
final class CachedEnglishStemFilter extends TokenFilter {

    static final int MAX_WORDS = 50_000;

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final CharArrayMap<char[]> stems;
    private final int maxWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    CachedEnglishStemFilter(TokenStream input) {
        this(input, MAX_WORDS);
    }

    CachedEnglishStemFilter(TokenStream input, int maxWords) {
        super(input);
        this.maxWords = maxWords;
        this.stems = new CharArrayMap<>(Math.min(maxWords, 4096), false);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            char[] word = Arrays.copyOf(buffer, length); // the stemmer works in the term's own buffer
            stemmer.setCurrent(buffer, length);
            stemmer.stem();
            stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stems.size() >= maxWords) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }
}
