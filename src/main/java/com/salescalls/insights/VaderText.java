package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text split the VADER way: on whitespace, with leading and trailing ASCII punctuation removed from words.
 *
 * <p>Two deliberate departures from the reference {@code SentiText}: a typographic apostrophe is read as
 * {@code '} (transcription tools write "don’t"), and punctuation is kept only when the token with it is a
 * lexicon entry (an emoticon such as {@code :)} or {@code :D}). The reference keeps it whenever the stripped
 * word has two letters or fewer, which makes "no," or "ok!" miss the lexicon; in speech both are common.
 *
 * @param words         the tokens as written (case kept, since ALL CAPS is a signal)
 * @param lower         the same tokens lower-cased, for lexicon and rule lookups
 * @param capDifferential whether some but not all tokens are ALL CAPS, the precondition for caps emphasis
 */
record VaderText(List<String> words, List<String> lower, boolean capDifferential) {

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    VaderText {
        words = List.copyOf(words);
        lower = List.copyOf(lower);
    }

    static VaderText of(String text, VaderLexicon lexicon) {
        List<String> words = new ArrayList<>();
        for (String token : text.replace('’', '\'').strip().split("\\s+")) {
            if (!token.isEmpty()) {
                words.add(stripPunctuation(token, lexicon));
            }
        }
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        long allCaps = words.stream().filter(VaderText::isUpper).count();
        return new VaderText(words, lower, allCaps > 0 && allCaps < words.size());
    }

    int size() {
        return words.size();
    }

    String lower(int index) {
        return lower.get(index);
    }

    /** Python's {@code str.isupper()}: at least one cased letter and no lower-case one. */
    static boolean isUpper(String word) {
        boolean cased = false;
        for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
            int c = word.codePointAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        return cased;
    }

    private static String stripPunctuation(String token, VaderLexicon lexicon) {
        int start = 0;
        int end = token.length();
        while (start < end && ASCII_PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ASCII_PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start == end || lexicon.contains(token.toLowerCase(Locale.ROOT))) {
            return token;
        }
        return token.substring(start, end);
    }
}
