package com.salescalls.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Search snippets: Lucene's unified highlighter over a transcript PostgreSQL returned (the index does not store
 * transcripts), re-analysed for the query's words, phrases only where the whole phrase matches. The two best
 * passages, cut at sentence ends near 130 characters, joined by {@code " … "}, matches between {@code **}.
 */
final class TranscriptHighlighter {

    private static final int PASSAGE_LENGTH = 130;
    private static final int PASSAGES = 2;
    /** Matches further into a transcript than this are not looked for (the snippet then shows its opening). */
    private static final int SCAN_LENGTH = 200_000;
    private static final String MARK = "**";

    private final String field;
    private final UnifiedHighlighter highlighter;

    TranscriptHighlighter(String field, Analyzer analyzer) {
        this.field = field;
        // ** rather than HTML tags, and nothing escaped: transcripts are user input and must never become markup
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK, MARK, " … ", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withHighlightPhrasesStrictly(true)
                .withMaxLength(SCAN_LENGTH)
                .build();
    }

    /** The snippet of at most {@code maxLength} characters; the transcript's opening when nothing matches. */
    String highlight(Query query, String transcript, int maxLength) {
        Object snippet;
        try {
            snippet = highlighter.highlightWithoutSearcher(field, query, transcript, PASSAGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = snippet == null ? "" : snippet.toString().strip();
        return cut(text.isEmpty() ? transcript : text, maxLength);
    }

    /** At most {@code maxLength} characters, never leaving a match marker open. */
    static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        String cut = text.substring(0, maxLength);
        int marks = 0;
        for (int at = cut.indexOf(MARK); at >= 0; at = cut.indexOf(MARK, at + MARK.length())) {
            marks++;
        }
        if (marks % 2 == 1) {
            int open = cut.lastIndexOf(MARK);
            cut = cut.substring(0, open) + cut.substring(open + MARK.length());
        }
        return cut;
    }
}
