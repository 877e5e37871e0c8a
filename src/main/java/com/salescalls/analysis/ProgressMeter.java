package com.salescalls.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import org.jspecify.annotations.Nullable;

/**
 * Turns samples of (analyses stored so far, calls still queued) into {@link Progress}. A run begins with the first
 * sample that finds calls queued (or with {@link #start}) and ends with one that finds the queue empty; the rate is
 * measured over the last {@code window} of samples (longer if nothing was stored within it), so it follows the
 * pipeline's present speed.
 */
final class ProgressMeter {

    private record Sample(Instant at, long stored) {
    }

    private final Clock clock;
    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private boolean active;
    private long storedAtStart;
    private long analyzed;
    private long remaining;

    ProgressMeter(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    synchronized boolean active() {
        return active;
    }

    /** Begins a run now, counting from {@code stored}, unless one is under way. */
    synchronized void start(long stored) {
        if (!active) {
            begin(stored);
        }
    }

    /**
     * @param stored    analyses stored so far, a number that only grows (the feed's highest sequence number)
     * @param remaining calls queued now, whether ready, claimed or waiting for a retry
     */
    synchronized void record(long stored, long remaining) {
        if (remaining == 0) {
            if (active) {
                analyzed = Math.max(0, stored - storedAtStart);
                active = false;
                samples.clear();
            }
            this.remaining = 0;
            return;
        }
        if (!active) {
            begin(stored);
        }
        Instant now = clock.instant();
        if (samples.size() >= 2 && samples.getLast().stored() == stored && second(true).stored() == stored) {
            samples.removeLast(); // a plateau needs only its first and its latest sample
        }
        samples.addLast(new Sample(now, stored));
        Instant edge = now.minus(window);
        // keep one sample at or before the window's edge, so the rate spans the whole window, and one from before
        // the latest progress: big batches on a slow machine store nothing for longer than a window, and their
        // rate is then lower, not zero
        while (samples.size() > 2 && !second(false).at().isAfter(edge) && second(false).stored() < stored) {
            samples.removeFirst();
        }
        this.analyzed = Math.max(0, stored - storedAtStart);
        this.remaining = remaining;
    }

    synchronized Progress current() {
        if (!active) {
            return new Progress(analyzed, analyzed, 0.0, 0L);
        }
        @Nullable Double rate = rate();
        @Nullable Long eta = rate == null || rate <= 0 ? null : (long) Math.ceil(remaining / rate);
        return new Progress(analyzed, analyzed + remaining, rate, eta);
    }

    /** The second sample from the oldest, or from the newest end. */
    private Sample second(boolean fromNewest) {
        Iterator<Sample> samplesInOrder = fromNewest ? samples.descendingIterator() : samples.iterator();
        samplesInOrder.next();
        return samplesInOrder.next();
    }

    private @Nullable Double rate() {
        if (samples.size() < 2) {
            return null;
        }
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        double seconds = Duration.between(first.at(), last.at()).toNanos() / 1e9;
        if (seconds <= 0) {
            return null;
        }
        return Math.round((last.stored() - first.stored()) / seconds * 100) / 100.0;
    }

    private void begin(long stored) {
        active = true;
        storedAtStart = stored;
        analyzed = 0;
        remaining = 0;
        samples.clear();
        samples.addLast(new Sample(clock.instant(), stored));
    }
}
