package com.salescalls.analysis;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.salescalls.calls.CallFeed;

/**
 * This instance's view of the whole pipeline (every instance's workers): it reads the queue's state and the
 * number of analyses stored every {@code progressSampleInterval}, and whenever someone asks, and keeps the
 * {@link Progress} of the current backlog and the last queue state for the gauges (so a scrape costs no query).
 */
@Component
class PipelineMonitor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PipelineMonitor.class);

    private final AnalysisQueue queue;
    private final CallFeed feed;
    private final AnalysisProperties properties;
    private final ProgressMeter meter;
    private volatile AnalysisQueue.@Nullable QueueState last;
    private volatile @Nullable ScheduledExecutorService sampler;
    private boolean reportedFailure;

    PipelineMonitor(AnalysisQueue queue, CallFeed feed, AnalysisProperties properties) {
        this.queue = queue;
        this.feed = feed;
        this.properties = properties;
        this.meter = new ProgressMeter(Clock.systemUTC(), properties.progressWindow());
    }

    /** Reads the queue now and records it; returns its state. */
    AnalysisQueue.QueueState sample() {
        long stored = feed.highestSeq(); // before the queue: what left the queue since is counted next time
        AnalysisQueue.QueueState state = queue.state();
        meter.record(stored, state.ready() + state.inProgress() + state.retrying());
        last = state;
        return state;
    }

    /** Calls were just queued on this instance: a run starts now unless one is under way. */
    void queued() {
        if (!meter.active()) {
            try {
                meter.start(feed.highestSeq());
            } catch (RuntimeException e) {
                // runs after an ingest committed: never fail it for a figure; the next sample starts the run
                log.debug("Could not read the analyses stored so far", e);
            }
        }
    }

    Progress progress() {
        return meter.current();
    }

    /** The queue as last sampled; null before the first sample. */
    AnalysisQueue.@Nullable QueueState lastState() {
        return last;
    }

    private void sampleQuietly() {
        try {
            sample();
            reportedFailure = false;
        } catch (RuntimeException e) {
            if (!reportedFailure) { // the database may be away for a while: say so once per outage
                log.warn("Could not read the analysis queue's state; retrying", e);
                reportedFailure = true;
            }
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("analysis-monitor").daemon().factory());
        long every = properties.progressSampleInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sampleQuietly, every, every, TimeUnit.MILLISECONDS);
        sampler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = sampler;
        if (executor != null) {
            executor.shutdownNow();
        }
        sampler = null;
    }

    @Override
    public boolean isRunning() {
        return sampler != null;
    }
}
