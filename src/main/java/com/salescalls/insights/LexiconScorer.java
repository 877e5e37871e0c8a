package com.salescalls.insights;

import java.util.List;

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

    @Override
    public double[] scoreAll(List<String> texts) {
        return texts.stream().mapToDouble(this::score).toArray();
    }
}
