package com.salescalls.insights;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts the words a speaker actually said, leaving out fillers, and counts the fillers apart.
 *
 * <p>A word is a whitespace-separated token containing a letter or digit, so a lone dash or "..." is not one.
 * Fillers are left out because they say nothing about who carried the conversation:
 * <ul>
 *   <li>hesitation tokens: um, uh, er, erm, ah, hmm, hm, mm, mhm, including stretched spellings such as
 *       "umm", "uhh" or "hmmm", whatever the case or surrounding punctuation;</li>
 *   <li>"you know" and "I mean" only when set off by punctuation: at the start of the utterance or after a
 *       token ending in {@code , ; : . ! ?}, and followed by a comma or the end of the clause
 *       ("You know, it's pricey", "it's pricey, you know."). "You know the price" and "I mean it" stay words.</li>
 * </ul>
 * Ordinary words that are sometimes fillers ("like", "so", "well") are always counted, because telling
 * "I'd like a demo" from "it's, like, fine" needs more than token rules.
 */
final class SpokenWords {

    private static final Pattern HESITATION = Pattern.compile("u+[mh]+|e+r+m*|a+h+|h+m+|m+h?m+");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[,;:.!?…]$");

    private SpokenWords() {
    }

    /** Words and fillers of one text: a set-off "you know" or "I mean" counts as one filler. */
    record Tally(int words, int fillers) {
    }

    static int count(String text) {
        return tally(text).words();
    }

    static Tally tally(String text) {
        String[] tokens = text.strip().split("\\s+");
        int words = 0;
        int fillers = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (startsSetOffFiller(tokens, i)) {
                fillers++;
                i++; // skip the second word of the phrase too
            } else if (firstWordChar(tokens[i]) >= 0) {
                if (isHesitation(tokens[i])) {
                    fillers++;
                } else {
                    words++;
                }
            }
        }
        return new Tally(words, fillers);
    }

    static boolean isHesitation(String token) {
        String bare = bare(token);
        // every hesitation starts with one of these letters: the cheap test spares the regex for most words
        return !bare.isEmpty() && "uehma".indexOf(bare.charAt(0)) >= 0 && HESITATION.matcher(bare).matches();
    }

    private static boolean startsSetOffFiller(String[] tokens, int i) {
        if (i + 1 >= tokens.length) {
            return false;
        }
        // only leading punctuation may go: "you, know" is not the phrase
        int from = Math.max(0, firstWordChar(tokens[i]));
        String first = tokens[i].substring(from).toLowerCase(Locale.ROOT);
        if (!first.equals("you") && !first.equals("i")) {
            return false;
        }
        String second = tokens[i + 1].toLowerCase(Locale.ROOT);
        String phrase = first + " " + bare(second);
        if (!phrase.equals("you know") && !phrase.equals("i mean")) {
            return false;
        }
        boolean openedByBoundary = i == 0 || CLAUSE_END.matcher(tokens[i - 1]).matches();
        boolean closedByBoundary = i + 2 == tokens.length || CLAUSE_END.matcher(second).matches();
        return openedByBoundary && closedByBoundary;
    }

    /** The token without the punctuation around it, lower-cased. */
    private static String bare(String token) {
        int from = firstWordChar(token);
        if (from < 0) {
            return "";
        }
        int to = token.length();
        while (!isWordChar(token.charAt(to - 1))) {
            to--;
        }
        return token.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static int firstWordChar(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (isWordChar(token.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A letter or a number, as the regex classes {@code \p{L}} and {@code \p{N}} define them. */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
