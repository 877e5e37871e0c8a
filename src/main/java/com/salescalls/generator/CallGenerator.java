package com.salescalls.generator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates realistic synthetic sales calls. Every call is a pure function of (seed, anchor, call number), so the
 * same inputs always give the same calls, and {@code generate(n, first)} equals {@code stream(first).limit(n)}.
 */
public final class CallGenerator {

    private final long seed;
    private final Instant anchor;

    /**
     * @param seed   drives every random choice; no unseeded source is used
     * @param anchor "now" for the data set: start times fall in the 90 days before it, never after
     */
    public CallGenerator(long seed, Instant anchor) {
        this.seed = seed;
        this.anchor = Objects.requireNonNull(anchor, "anchor");
    }

    /** Generates {@code count} calls with ids {@code CALL_%08d} from {@code firstCallNumber} upward. */
    public List<GeneratedCall> generate(int count, long firstCallNumber) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        checkCallNumber(firstCallNumber);
        if (count > 0) {
            checkCallNumber(firstCallNumber + count - 1);
        }
        return stream(firstCallNumber).limit(count).toList();
    }

    /**
     * A lazy stream of calls from {@code firstCallNumber} upward; it holds no per-call state, so memory stays flat
     * for millions of calls. It ends only when the eight-digit id space does, after {@code CALL_99999999}.
     * Parallel use is safe: each thread gets its own Faker.
     */
    public Stream<GeneratedCall> stream(long firstCallNumber) {
        checkCallNumber(firstCallNumber);
        ThreadLocal<CallFactory> factories = ThreadLocal.withInitial(() -> new CallFactory(seed, anchor));
        return LongStream.rangeClosed(firstCallNumber, Ids.MAX_CALL_NUMBER)
                .mapToObj(number -> factories.get().create(number));
    }

    private static void checkCallNumber(long number) {
        if (number < 0 || number > Ids.MAX_CALL_NUMBER) {
            throw new IllegalArgumentException("call numbers must fit CALL_%08d (0.." + Ids.MAX_CALL_NUMBER
                    + "): " + number);
        }
    }
}
