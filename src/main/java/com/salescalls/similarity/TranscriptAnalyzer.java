package com.salescalls.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.IOUtils;

/**
 * How transcripts and keyword queries are cut into words: the Snowball English stop words and stemmer, the
 * same list and stemmer as PostgreSQL's {@code english} configuration that the full-text fallback uses, so a
 * query matches the same calls on either path (the stems of words already seen are kept:
 * {@link CachedEnglishStemFilter}).
 */
final class TranscriptAnalyzer extends StopwordAnalyzerBase {

    TranscriptAnalyzer() {
        super(snowballStopWords());
    }

    private static CharArraySet snowballStopWords() {
        try {
            return WordlistLoader.getSnowballWordSet(IOUtils.requireResourceNonNull(
                    SnowballFilter.class.getResourceAsStream("english_stop.txt"), "english_stop.txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = new EnglishPossessiveFilter(source);
        words = new LowerCaseFilter(words);
        words = new StopFilter(words, stopwords);
        return new TokenStreamComponents(source, new CachedEnglishStemFilter(words));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
