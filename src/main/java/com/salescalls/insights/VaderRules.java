package com.salescalls.insights;

import java.util.HashMap;
import java.util.Map;

/**
 * The knobs on which the conversation analyser departs from published VADER; {@link #PUBLISHED} keeps VADER
 * exactly as Hutto &amp; Gilbert wrote it, so it stays available as the baseline.
 *
 * @param boosters           intensifiers and dampeners with their scalars
 * @param standaloneBoosters whether a booster that modifies no sentiment word counts with its own lexicon
 *                           valence: "the acting was incredible" (VADER scores "incredible" only as a booster, 0)
 */
record VaderRules(Map<String, Double> boosters, boolean standaloneBoosters) {

    static final VaderRules PUBLISHED = new VaderRules(VaderVocabulary.BOOSTERS, false);

    VaderRules {
        boosters = Map.copyOf(boosters);
    }

    /** Published VADER plus the given boosters, with standalone boosters counted. */
    static VaderRules conversation(Map<String, Double> extraBoosters) {
        Map<String, Double> boosters = new HashMap<>(VaderVocabulary.BOOSTERS);
        boosters.putAll(extraBoosters);
        return new VaderRules(boosters, true);
    }
}
