package com.salescalls.generator;

/** Fixed-width identifiers; downstream storage and parsing rely on the exact lengths. */
final class Ids {

    static final long MAX_CALL_NUMBER = 99_999_999L;

    private Ids() {
    }

    static String call(long number) {
        return "CALL_%08d".formatted(number);
    }

    static String agent(int number) {
        return "AGENT_%04d".formatted(number);
    }

    static String customer(int number) {
        return "CUST_%06d".formatted(number);
    }
}
