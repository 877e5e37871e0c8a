package com.salescalls.platform;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.context.SmartLifecycle;

/** Starts the scheduler once the application is up and stops it (waiting for running tasks) at shutdown. */
final class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
        this.scheduler = scheduler;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (enabled) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (enabled) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // a db-scheduler cannot start again once stopped, so it is stopped only when the context closes, never
    // paused (Spring pauses idle cached test contexts and restarts them later)
    @Override
    public boolean isPauseable() {
        return false;
    }

    // after the web server (default phase) has started, before it stops
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
