package com.salescalls.insights;

/**
 * A text with a human judgement.
 *
 * @param text   the sentence or snippet
 * @param rating the mean human rating: for the UCI sets 1 (positive) or -1 (negative); for Hutto's sets the mean
 *               of about 20 ratings on -4..+4
 */
record LabelledSentence(String text, double rating) {

    boolean positive() {
        return rating > 0;
    }
}
