package com.salescalls.insights;

import static com.salescalls.insights.VaderVocabulary.C_INCR;
import static com.salescalls.insights.VaderVocabulary.N_SCALAR;
import static com.salescalls.insights.VaderVocabulary.SPECIAL_CASES;
import static com.salescalls.insights.VaderVocabulary.isNegation;

import java.util.List;

/** VADER's rules for the up to three words before a sentiment word: boosters, negation, idioms, "least". */
final class VaderModifiers {

    private final VaderLexicon lexicon;
    private final VaderRules rules;

    VaderModifiers(VaderLexicon lexicon, VaderRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** Applies the word {@code distance} places before word {@code i}, which the caller knows is no lexicon word. */
    double applyModifier(VaderText words, int i, int distance, double valence) {
        double scalar = boosterScalar(words, i - distance, valence, words.capDifferential());
        // a booster further away has less effect
        if (distance == 2) {
            scalar *= 0.95;
        } else if (distance == 3) {
            scalar *= 0.9;
        }
        double result = negationCheck(words, i, distance, valence + scalar);
        return distance == 3 ? specialIdioms(words, i, result) : result;
    }

    private double boosterScalar(VaderText words, int position, double valence, boolean capDifferential) {
        Double booster = rules.boosters().get(words.lower(position));
        if (booster == null) {
            return 0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (VaderText.isUpper(words.words().get(position)) && capDifferential) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return scalar;
    }

    private double negationCheck(VaderText words, int i, int distance, double valence) {
        String back1 = words.lower(i - 1);
        if (distance == 1) {
            return isNegation(back1) ? valence * N_SCALAR : valence;
        }
        String back2 = words.lower(i - 2);
        if (distance == 2) {
            if (back2.equals("never") && isSoOrThis(back1)) {
                return valence * 1.25; // "never so good" intensifies rather than negates
            }
            if (back2.equals("without") && back1.equals("doubt")) {
                return valence;
            }
            return isNegation(back2) ? valence * N_SCALAR : valence;
        }
        String back3 = words.lower(i - 3);
        if (back3.equals("never") && (isSoOrThis(back2) || isSoOrThis(back1))) {
            return valence * 1.25;
        }
        if (back3.equals("without") && (back2.equals("doubt") || back1.equals("doubt"))) {
            return valence;
        }
        return isNegation(back3) ? valence * N_SCALAR : valence;
    }

    private static boolean isSoOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }

    private double specialIdioms(VaderText words, int i, double valence) {
        List<String> w = words.lower();
        String oneZero = w.get(i - 1) + " " + w.get(i);
        String twoOneZero = w.get(i - 2) + " " + oneZero;
        String twoOne = w.get(i - 2) + " " + w.get(i - 1);
        String threeTwoOne = w.get(i - 3) + " " + twoOne;
        String threeTwo = w.get(i - 3) + " " + w.get(i - 2);
        double result = valence;
        for (String sequence : List.of(oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo)) {
            Double special = SPECIAL_CASES.get(sequence);
            if (special != null) {
                result = special;
                break;
            }
        }
        if (i + 1 < w.size()) {
            result = SPECIAL_CASES.getOrDefault(w.get(i) + " " + w.get(i + 1), result);
        }
        if (i + 2 < w.size()) {
            result = SPECIAL_CASES.getOrDefault(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2), result);
        }
        // multi-word dampeners such as "kind of" right before the word
        for (String nGram : List.of(threeTwoOne, threeTwo, twoOne)) {
            result += rules.boosters().getOrDefault(nGram, 0.0);
        }
        return result;
    }

    /** "least" negates ("the least helpful") except in "at least" and "very least". */
    double leastCheck(VaderText words, int i, double valence) {
        if (i > 0 && words.lower(i - 1).equals("least") && !lexicon.contains("least")) {
            boolean atOrVeryLeast = i > 1 && (words.lower(i - 2).equals("at") || words.lower(i - 2).equals("very"));
            return atOrVeryLeast ? valence : valence * N_SCALAR;
        }
        return valence;
    }
}
