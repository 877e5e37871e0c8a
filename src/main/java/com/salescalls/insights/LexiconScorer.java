package com.salescalls.insights;

import java.util.List;
import java.util.Locale;

/**
 * The conversation lexicon analyser: VADER's rules over VADER's lexicon plus {@link ConversationLexicon}, with
 * the departures of {@link VaderRules#conversation}. Needs no model, so it is also the fallback.
 */
final class LexiconScorer implements SentimentScorer {

    private final ConversationLexicon conversation;
    private final VaderScorer scorer;

    LexiconScorer(VaderLexicon vader, ConversationLexicon conversation) {
        this.conversation = conversation;
        this.scorer = new VaderScorer(vader.with(conversation.words()),
                VaderRules.conversation(conversation.boosters()));
    }

    static LexiconScorer fromClasspath() {
        return new LexiconScorer(VaderLexicon.fromClasspath(), ConversationLexicon.fromClasspath());
    }

    /** The lexicon's score of a text and whether it holds a negation, from one phrase rewrite. */
    record Reading(double score, boolean negated) {
    }

    double score(String text) {
        return text.isBlank() ? 0.0 : scorer.compound(conversation.rewrite(text));
    }

    /**
     * {@link #score} and whether the text holds a negation word ("not", "never", "won't", ...) after phrase
     * rewriting, at the cost of one rewrite, the expensive part of both.
     */
    Reading read(String text) {
        if (text.isBlank()) {
            return new Reading(0.0, false);
        }
        String rewritten = conversation.rewrite(text);
        return new Reading(scorer.compound(rewritten), negationIn(rewritten));
    }

    private static boolean negationIn(String rewritten) {
        for (String word : rewritten.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
            if (VaderVocabulary.isNegation(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double[] scoreAll(List<String> texts) {
        return texts.stream().mapToDouble(this::score).toArray();
    }
}
