package com.salescalls.insights;

import static com.salescalls.insights.VaderVocabulary.C_INCR;
import static com.salescalls.insights.VaderVocabulary.N_SCALAR;

import java.util.Arrays;
import java.util.List;

/**
 * The VADER compound score: a port of {@code SentimentIntensityAnalyzer.polarity_scores} from vaderSentiment
 * 3.3.2 (Hutto &amp; Gilbert 2014), rule for rule.
 *
 * <p>Departures, each because the reference code does not do what its own comments say: the "but" rule scales
 * by position (the reference looks values up with {@code list.index}, which picks the first equal value), and
 * "never so/this" three words back requires "never" (the reference's missing parentheses fire on any "so" or
 * "this"). Emoji are not translated to words; transcripts have none. Only the compound score is computed.
 */
final class VaderScorer implements SentimentScorer {

    private static final double NORMALIZATION_ALPHA = 15;
    private static final double EXCLAMATION_BOOST = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double QUESTION_BOOST = 0.18;
    private static final double MAX_QUESTION_BOOST = 0.96;

    private final VaderLexicon lexicon;
    private final VaderRules rules;
    private final VaderModifiers modifiers;

    /** Published VADER: its lexicon and rules, unmodified. */
    VaderScorer(VaderLexicon lexicon) {
        this(lexicon, VaderRules.PUBLISHED);
    }

    VaderScorer(VaderLexicon lexicon, VaderRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
        this.modifiers = new VaderModifiers(lexicon, rules);
    }

    @Override
    public double[] scoreAll(List<String> texts) {
        return texts.stream().mapToDouble(text -> text.isBlank() ? 0.0 : compound(text)).toArray();
    }

    double compound(String text) {
        VaderText words = VaderText.of(text, lexicon);
        double[] sentiments = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String item = words.lower(i);
            boolean kindOf = item.equals("kind") && i + 1 < words.size() && words.lower(i + 1).equals("of");
            // boosters and "kind of" only modify their neighbours; they carry no valence of their own
            if ((!rules.boosters().containsKey(item) || standsAlone(words, i)) && !kindOf) {
                sentiments[i] = valence(words, i);
            }
        }
        butRule(words, sentiments);
        return normalize(withPunctuationEmphasis(Arrays.stream(sentiments).sum(), text));
    }

    private double valence(VaderText words, int i) {
        Double lexiconValence = lexicon.valence(words.lower(i));
        if (lexiconValence == null) {
            return 0;
        }
        double valence = lexiconValence;
        // "no" before a sentiment word negates that word instead of counting as negative itself
        if (words.lower(i).equals("no") && i + 1 < words.size() && lexicon.contains(words.lower(i + 1))) {
            valence = 0;
        }
        if (precededByNo(words, i)) {
            valence = lexiconValence * N_SCALAR;
        }
        if (VaderText.isUpper(words.words().get(i)) && words.capDifferential()) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        for (int distance = 1; distance <= 3; distance++) {
            if (i >= distance && !lexicon.contains(words.lower(i - distance))) {
                valence = modifiers.applyModifier(words, i, distance, valence);
            }
        }
        return modifiers.leastCheck(words, i, valence);
    }

    /** A booster with no lexicon word in the next two words modifies nothing: "the ending was incredible". */
    private boolean standsAlone(VaderText words, int i) {
        if (!rules.standaloneBoosters()) {
            return false;
        }
        for (int next = i + 1; next <= i + 2 && next < words.size(); next++) {
            if (lexicon.contains(words.lower(next))) {
                return false;
            }
        }
        return true;
    }

    private static boolean precededByNo(VaderText words, int i) {
        return (i > 0 && words.lower(i - 1).equals("no"))
                || (i > 1 && words.lower(i - 2).equals("no"))
                || (i > 2 && words.lower(i - 3).equals("no")
                        && (words.lower(i - 1).equals("or") || words.lower(i - 1).equals("nor")));
    }

    /** What follows "but" is what the speaker means: halve what came before, strengthen what comes after. */
    private static void butRule(VaderText words, double[] sentiments) {
        int but = words.lower().indexOf("but");
        if (but < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i < but) {
                sentiments[i] *= 0.5;
            } else if (i > but) {
                sentiments[i] *= 1.5;
            }
        }
    }

    private static double withPunctuationEmphasis(double sum, String text) {
        long exclamations = Math.min(text.chars().filter(c -> c == '!').count(), MAX_EXCLAMATIONS);
        long questions = text.chars().filter(c -> c == '?').count();
        double questionBoost = questions <= 1 ? 0 : questions <= 3 ? questions * QUESTION_BOOST : MAX_QUESTION_BOOST;
        double emphasis = exclamations * EXCLAMATION_BOOST + questionBoost;
        if (sum > 0) {
            return sum + emphasis;
        }
        return sum < 0 ? sum - emphasis : sum;
    }

    /** Maps an unbounded sum into [-1, 1]; alpha 15 approximates the maximum expected sum. */
    static double normalize(double score) {
        double normalized = score / Math.sqrt(score * score + NORMALIZATION_ALPHA);
        return Math.max(-1.0, Math.min(1.0, normalized));
    }
}
