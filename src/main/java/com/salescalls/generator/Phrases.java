package com.salescalls.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Picks phrasings while avoiding repeats within one call, because a repeated sentence reads as machine-made. */
final class Phrases {

    private static final int ATTEMPTS = 4;

    private final RandomGenerator random;
    private final Set<String> used = new HashSet<>();

    Phrases(RandomGenerator random) {
        this.random = random;
    }

    void startCall() {
        used.clear();
    }

    String pick(List<String> options) {
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            String candidate = Pick.one(random, options);
            if (used.add(candidate)) {
                return candidate;
            }
        }
        return Pick.one(random, options);
    }
}
