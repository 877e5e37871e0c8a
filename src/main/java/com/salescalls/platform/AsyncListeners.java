package com.salescalls.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the work of event listeners that need not hold up the publisher (rollups, cache eviction after an analysis
 * is committed) on a small bounded pool. A full queue runs the work on the publisher's thread instead of dropping
 * it: the pipeline slows down rather than leave a cache stale. A failure is logged and counted in
 * {@value #FAILURES}, tagged with the listener's name, and never reaches the publisher.
 */
@Component
public class AsyncListeners implements SmartLifecycle {

    /** Shown to Prometheus as {@code salescalls_events_listener_failures_total}. */
    public static final String FAILURES = "salescalls.events.listener.failures";
    private static final Logger log = LoggerFactory.getLogger(AsyncListeners.class);

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final MeterRegistry meters;
    // counted at hand-over and after the work, so "idle" is exact (a pool's own counts are approximate)
    private final AtomicLong unfinished = new AtomicLong();
    private volatile boolean running;

    AsyncListeners(PlatformProperties properties, MeterRegistry meters) {
        this.meters = meters;
        executor.setCorePoolSize(properties.listenerThreads());
        executor.setMaxPoolSize(properties.listenerThreads());
        executor.setQueueCapacity(properties.listenerQueue());
        executor.setThreadNamePrefix("event-listener-");
        // unlike CallerRunsPolicy, also runs what arrives while the pool shuts down, instead of discarding it
        executor.setRejectedExecutionHandler((work, pool) -> work.run());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.setDaemon(true);
        executor.initialize();
    }

    /** Runs {@code work} soon on the listener pool; {@code listener} names it in logs and the failure counter. */
    public void submit(String listener, Runnable work) {
        unfinished.incrementAndGet();
        Runnable counted = () -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                failed(listener).increment();
                log.error("Event listener {} failed", listener, e);
            } finally {
                unfinished.decrementAndGet();
            }
        };
        if (running) {
            executor.execute(counted);
        } else {
            counted.run(); // before start or after stop (a last batch while shutting down): on the caller
        }
    }

    /**
     * Waits until every submitted piece of work has finished, for one-off commands that exit next and for tests
     * that read what the listeners wrote; false if it is still busy after {@code timeout}.
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unfinished.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Failures of one listener so far. */
    public Counter failed(String listener) {
        return Counter.builder(FAILURES).description("event listener runs that failed after commit")
                .tag("listener", listener).register(meters);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown(); // waits for the queued work: it only needs the database, which is still open
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // stops after the analysis workers (DEFAULT_PHASE - 1), whose last batch may still hand work over
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2;
    }
}
