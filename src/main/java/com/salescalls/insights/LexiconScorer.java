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

    double score(String text) {
        return text.isBlank() ? 0.0 : scorer.compound(conversation.rewrite(text));
    }

    /** Whether the text holds a negation word ("not", "never", "won't", ...), after phrase rewriting. */
    boolean hasNegation(String text) {
        for (String word : conversation.rewrite(text).toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
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
