package com.salescalls.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.salescalls.jobs.Job;
import com.salescalls.jobs.JobService;
import com.salescalls.platform.CacheNames;

/**
 * The full recalculation of the rollups as a job: started by an admin or by the nightly schedule, run as a
 * db-scheduler task instance named by the job id (so each job runs once, on whichever instance claims it), retried
 * with a growing wait when it fails, and reported in the job's state either way.
 */
@Component
class Recalculation {

    static final String KIND = "analytics.recalculate";
    static final String TASK = "analytics-recalculation";

    private static final Logger log = LoggerFactory.getLogger(Recalculation.class);

    private final JobService jobs;
    private final RollupService rollups;
    private final CacheManager caches;
    private final AnalyticsProperties properties;
    private final ApplicationEventPublisher events;

    Recalculation(JobService jobs, RollupService rollups, CacheManager caches, AnalyticsProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jobs = jobs;
        this.rollups = rollups;
        this.caches = caches;
        this.properties = properties;
    }

    /** Records a job and schedules its run for now; {@code requestedBy} is null for the nightly run. */
    Job start(@Nullable String requestedBy, String why, SchedulerClient scheduler) {
        Job job = jobs.create(KIND, requestedBy, why + "; waiting for a worker");
        try {
            scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, job.jobId().toString()), Instant.now());
        } catch (RuntimeException e) {
            jobs.failed(job.jobId(), "Could not be scheduled: " + e.getMessage());
            throw e;
        }
        return job;
    }

    void run(UUID jobId, int attempt) {
        if (!jobs.started(jobId, "Attempt " + attempt + " of " + (properties.retries() + 1)
                + ": rebuilding the rollups from the calls")) {
            return;
        }
        long started = System.nanoTime();
        RollupService.Rebuilt rebuilt = rollups.rebuildAll();
        caches.getCache(CacheNames.ANALYTICS).clear();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        jobs.succeeded(jobId, "Rebuilt " + rebuilt.agentDays() + " agent-day rollups (" + rebuilt.changed()
                + " had to change) from " + rebuilt.calls() + " analysed calls in " + millis + " ms (attempt "
                + attempt + ")");
        log.info("Analytics recalculation {} rebuilt {} agent-days in {} ms", jobId, rebuilt.agentDays(), millis);
        events.publishEvent(new AnalyticsRecalculated(jobId, rebuilt.agentDays(), rebuilt.changed(), rebuilt.calls(),
                Instant.now()));
    }

    /** db-scheduler's failure handler: retry after a growing wait, or give up and report the job failed. */
    void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        UUID jobId = UUID.fromString(complete.getExecution().getId());
        int failures = complete.getExecution().consecutiveFailures + 1;
        String cause = complete.getCause().map(Recalculation::describe).orElse("unknown error");
        if (failures > properties.retries()) {
            operations.stop();
            jobs.failed(jobId, "Failed after " + failures + " attempts; last error: " + cause);
            log.error("Analytics recalculation {} failed after {} attempts: {}", jobId, failures, cause);
            return;
        }
        Duration wait = Duration.ofMillis(Math.round(properties.retryBackoff().toMillis()
                * Math.pow(1.5, failures - 1)));
        Instant retryAt = complete.getTimeDone().plus(wait);
        operations.reschedule(complete, retryAt);
        jobs.retrying(jobId, "Attempt " + failures + " of " + (properties.retries() + 1) + " failed (" + cause
                + "); retrying at " + retryAt);
        log.warn("Analytics recalculation {} attempt {} failed, retrying at {}: {}", jobId, failures, retryAt, cause);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
