package com.salescalls.insights;

/** Deterministic long texts for the embedding tests, with a clear change of topic in the middle. */
final class LongTexts {

    static final String PRICING = "We went through the enterprise pricing, the annual contract, the discount for "
            + "a three year renewal and the invoice schedule our finance team needs before signing. ";
    static final String GARDENING = "After that we chatted about gardening: planting tomatoes in spring, watering "
            + "the roses at dawn and keeping slugs away from the lettuce in a rainy summer. ";

    private LongTexts() {
    }

    /** About 1,500 words (57 sentences of 26): a third about pricing, then two thirds about gardening. */
    static String pricingThenGardening() {
        return PRICING.repeat(19) + GARDENING.repeat(38);
    }

    static String firstWords(String text, int count) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }

    static int wordCount(String text) {
        return text.strip().split("\\s+").length;
    }
}
