package com.salescalls.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncListenersTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AsyncListeners listeners = new AsyncListeners(
            new PlatformProperties("test", Path.of("unused"), "", DataSize.ofMegabytes(1), "", 1, 2), meters);

    @AfterEach
    void stop() {
        listeners.stop();
    }

    @Test
    void aFailingListenerIsCountedUnderItsNameAndNeverReachesThePublisher() {
        listeners.start();
        AtomicInteger ranAfter = new AtomicInteger();
        listeners.submit("test.failing", () -> {
            throw new IllegalStateException("rollups unavailable");
        });
        listeners.submit("test.fine", ranAfter::incrementAndGet);
        assertThat(listeners.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(ranAfter).hasValue(1);
        assertThat(meters.get(AsyncListeners.FAILURES).tag("listener", "test.failing").counter().count())
                .isEqualTo(1.0);
        assertThat(listeners.failed("test.fine").count()).isZero();
    }

    @Test
    void runsOffThePublishersThreadAndAwaitIdleWaitsForIt() throws InterruptedException {
        listeners.start();
        CountDownLatch release = new CountDownLatch(1);
        Thread publisher = Thread.currentThread();
        AtomicInteger offThread = new AtomicInteger();
        listeners.submit("test.slow", () -> {
            if (Thread.currentThread() != publisher) {
                offThread.incrementAndGet();
            }
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(listeners.awaitIdle(Duration.ofMillis(100))).as("still running").isFalse();
        release.countDown();
        assertThat(listeners.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(offThread).hasValue(1);
    }

    @Test
    void aFullQueueRunsTheWorkOnThePublisherInsteadOfDroppingIt() throws InterruptedException {
        listeners.start();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        Runnable blocked = () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.incrementAndGet();
        };
        listeners.submit("test.blocked", blocked); // the one thread
        listeners.submit("test.blocked", blocked); // the queue of two
        listeners.submit("test.blocked", blocked);
        Thread publisher = Thread.currentThread();
        AtomicInteger onPublisher = new AtomicInteger();
        listeners.submit("test.overflow", () -> {
            if (Thread.currentThread() == publisher) {
                onPublisher.incrementAndGet();
            }
        });
        assertThat(onPublisher).hasValue(1);
        release.countDown();
        assertThat(listeners.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(done).hasValue(3);
    }
}
