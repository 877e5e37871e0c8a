package com.salescalls.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * This instance's analysis workers: each loops over {@link AnalysisRunner#runOnce()} while calls are ready and
 * otherwise sleeps until woken (a local ingest committed) or until the poll interval passes (calls queued by
 * another instance, a lease or a backoff that ran out). Several workers let one store a batch while another
 * embeds. Stopping waits a moment for batches about to finish, then hands the others' calls back to the queue.
 */
class AnalysisWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalysisWorkers.class);
    // at shutdown a batch about to be stored may finish; longer ones are handed back instead of holding the stop
    private static final Duration HAND_BACK_AFTER = Duration.ofSeconds(2);

    private final AnalysisRunner runner;
    private final PipelineMonitor monitor;
    private final int count;
    private final Duration pollInterval;
    private final Duration stopTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private long wakeUps;

    AnalysisWorkers(AnalysisRunner runner, PipelineMonitor monitor, AnalysisProperties properties) {
        this.runner = runner;
        this.monitor = monitor;
        this.count = properties.workers();
        this.pollInterval = properties.pollInterval();
        this.stopTimeout = properties.lease();
    }

    /** Tells idle workers that calls were queued. */
    void wake() {
        lock.lock();
        try {
            wakeUps++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs batches on the calling thread until the queue is empty (other workers may take part), for callers that
     * need every queued call analysed before going on: the generate command and tests. Tells {@code onProgress}
     * how far it is after every batch, and while it waits for calls claimed elsewhere.
     */
    void drain(Duration timeout, Consumer<Progress> onProgress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int claimed = runner.runOnce();
            AnalysisQueue.QueueState left = monitor.sample();
            onProgress.accept(monitor.progress());
            // the queue's rows go when a batch's transaction commits, but its listeners are handed their work after
            // that, on the worker's thread: a batch of this instance still running may yet hand them some
            if (claimed == 0 && left.ready() + left.inProgress() + left.retrying() == 0 && !runner.running()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analysis queue not empty after " + timeout);
            }
            if (claimed == 0) {
                sleep(Duration.ofMillis(50)); // the rest is claimed by other workers or waiting out a backoff
            }
        }
    }

    private void loop() {
        while (running) {
            long seen = wakeUpsSoFar();
            try {
                if (runner.runOnce() > 0) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.warn("Analysis worker step failed; retrying after {}", pollInterval, e);
            }
            awaitWork(seen);
        }
    }

    private long wakeUpsSoFar() {
        lock.lock();
        try {
            return wakeUps;
        } finally {
            lock.unlock();
        }
    }

    private void awaitWork(long seen) {
        lock.lock();
        try {
            if (running && wakeUps == seen) {
                work.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < count; i++) {
            Thread thread = Thread.ofPlatform().name("analysis-worker-" + i).daemon().start(this::loop);
            threads.add(thread);
        }
        log.info("Started {} analysis workers", count);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        long deadline = System.nanoTime() + Math.min(stopTimeout.toNanos(), HAND_BACK_AFTER.toNanos());
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // the rest are still analysing: their calls go back to the queue now, for other instances (or the next start)
        try {
            int handedBack = runner.handBack();
            if (handedBack > 0) {
                log.info("Stopping: handed {} claimed calls back to the analysis queue", handedBack);
            }
        } catch (RuntimeException e) {
            log.warn("Stopping: could not hand claimed calls back; they return to the queue after the lease ({})",
                    e.toString());
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // after the web server and the database are up; stopped before the data source closes
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining the analysis queue", e);
        }
    }
}
