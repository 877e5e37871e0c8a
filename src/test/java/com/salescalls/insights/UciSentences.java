package com.salescalls.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the UCI "Sentiment Labelled Sentences" sets shipped in {@code src/test/resources/sentiment/uci} (see the
 * NOTICE there), split into a tuning half and a held-out half.
 *
 * <p>The split is a shuffle with a fixed seed, stratified so each half holds 250 positive and 250 negative
 * sentences. Anything chosen by looking at sentences (the lexicon analyser's conversation rules) was chosen on
 * {@link #tuning}; accuracy is reported on {@link #heldOut}.
 */
record UciSentences(String name, List<LabelledSentence> tuning, List<LabelledSentence> heldOut) {

    static final List<String> SETS = List.of("amazon", "imdb", "yelp");
    private static final long SPLIT_SEED = 20141101L;

    static List<UciSentences> loadAll() {
        return SETS.stream().map(UciSentences::load).toList();
    }

    static UciSentences load(String name) {
        List<LabelledSentence> positive = new ArrayList<>();
        List<LabelledSentence> negative = new ArrayList<>();
        for (JsonNode node : read("sentiment/uci/" + name + ".json")) {
            // each file ends with an empty record that has no class
            if (node.path("class").isNumber() && !node.path("text").asString().isBlank()) {
                boolean isPositive = node.get("class").asInt() == 1;
                (isPositive ? positive : negative).add(new LabelledSentence(node.get("text").asString(), isPositive ? 1 : -1));
            }
        }
        Random random = new Random(SPLIT_SEED + name.hashCode());
        Collections.shuffle(positive, random);
        Collections.shuffle(negative, random);
        List<LabelledSentence> tuning = new ArrayList<>(positive.subList(0, positive.size() / 2));
        tuning.addAll(negative.subList(0, negative.size() / 2));
        List<LabelledSentence> heldOut = new ArrayList<>(positive.subList(positive.size() / 2, positive.size()));
        heldOut.addAll(negative.subList(negative.size() / 2, negative.size()));
        return new UciSentences(name, List.copyOf(tuning), List.copyOf(heldOut));
    }

    List<LabelledSentence> sentences() {
        List<LabelledSentence> all = new ArrayList<>(tuning);
        all.addAll(heldOut);
        return all;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = UciSentences.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
