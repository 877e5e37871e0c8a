package com.salescalls.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Today's {@code q} syntax, PostgreSQL's {@code websearch_to_tsquery}, as a Lucene query over one text field:
 * words are all required, {@code "quoted words"} are a phrase, {@code -word} (or {@code -"a phrase"}) excludes,
 * and {@code OR} between two of them requires either. OR binds tighter than the implied AND, as in PostgreSQL:
 * {@code a b OR c} is {@code a AND (b OR c)}. Other punctuation only separates words. A query left without any
 * word (only stop words) matches nothing; one with only exclusions matches every call without those words.
 */
final class KeywordQuery {

    private final String field;
    private final Analyzer analyzer;

    KeywordQuery(String field, Analyzer analyzer) {
        this.field = field;
        this.analyzer = analyzer;
    }

    /** One word or phrase of the query, after the analyzer: no terms when it held only stop words. */
    private record Item(List<String> terms, List<Integer> positions, boolean excluded) {
    }

    Query parse(String q) {
        List<List<Item>> groups = new ArrayList<>();
        boolean or = false;
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-';
            int start = excluded ? i + 1 : i;
            String text;
            if (start < q.length() && q.charAt(start) == '"') {
                int close = q.indexOf('"', start + 1);
                int end = close < 0 ? q.length() : close;
                text = q.substring(start + 1, end);
                i = close < 0 ? end : close + 1;
            } else {
                int end = start;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                    end++;
                }
                text = q.substring(start, end);
                i = end;
                if (!excluded && text.toLowerCase(Locale.ROOT).equals("or")) {
                    or = !groups.isEmpty();
                    continue;
                }
            }
            Item item = analyze(text, excluded);
            if (item.terms().isEmpty()) {
                continue;
            }
            if (or) {
                groups.getLast().add(item);
            } else {
                groups.add(new ArrayList<>(List.of(item)));
            }
            or = false;
        }
        return build(groups);
    }

    private Query build(List<List<Item>> groups) {
        if (groups.isEmpty()) {
            return new MatchNoDocsQuery("the query has no words to search for");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        for (List<Item> group : groups) {
            if (group.size() == 1) {
                Item item = group.getFirst();
                query.add(match(item), item.excluded() ? Occur.MUST_NOT : Occur.MUST);
                positive |= !item.excluded();
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                for (Item item : group) {
                    either.add(item.excluded() ? without(match(item)) : match(item), Occur.SHOULD);
                }
                query.add(either.build(), Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    private static Query without(Query excluded) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(excluded, Occur.MUST_NOT)
                .build();
    }

    private Query match(Item item) {
        if (item.terms().size() == 1) {
            return new TermQuery(new Term(field, item.terms().getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int t = 0; t < item.terms().size(); t++) {
            phrase.add(new Term(field, item.terms().get(t)), item.positions().get(t));
        }
        return phrase.build();
    }

    /** The terms of one word or phrase with their positions (a removed stop word leaves a gap, as in PostgreSQL). */
    private Item analyze(String text, boolean excluded) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int first = positions.isEmpty() ? 0 : positions.getFirst();
        return new Item(terms, positions.stream().map(p -> p - first).toList(), excluded);
    }
}
