package com.salescalls.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Small helpers for seeded random choices. */
final class Pick {

    private Pick() {
    }

    static <T> T one(RandomGenerator random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static boolean chance(RandomGenerator random, double probability) {
        return random.nextDouble() < probability;
    }

    static int between(RandomGenerator random, int minInclusive, int maxInclusive) {
        return minInclusive + random.nextInt(maxInclusive - minInclusive + 1);
    }
}
