package com.salescalls.generator;

/** Derives independent sub-seeds so every call and customer is a pure function of (seed, number). */
final class Seeds {

    static final long CUSTOMER_SALT = 0x5DEECE66DL;

    private Seeds() {
    }

    /** SplitMix64 finaliser: neighbouring inputs give unrelated seeds, so call n and n+1 share no pattern. */
    static long mix(long seed, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
