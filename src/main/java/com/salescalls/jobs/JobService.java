package com.salescalls.jobs;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.identity.CurrentUser;
import com.salescalls.identity.Role;

/**
 * The visible state of background jobs. The module that runs the work reports each step here; every change is
 * its own committed transaction, so a job's state is readable while it runs and survives the instance running it.
 */
@Service
public class JobService {

    private final JobRepository jobs;

    JobService(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Transactional
    public Job create(String kind, @Nullable String requestedBy, String detail) {
        UUID jobId = UUID.randomUUID();
        jobs.insert(jobId, kind, requestedBy, detail);
        return jobs.find(jobId).orElseThrow();
    }

    /** A run begins; false when the job has already finished (so the run should not do the work again). */
    @Transactional
    public boolean started(UUID jobId, String detail) {
        return jobs.start(jobId, detail);
    }

    /** A run failed and another will follow. */
    @Transactional
    public void retrying(UUID jobId, String detail) {
        jobs.requeue(jobId, detail);
    }

    @Transactional
    public void succeeded(UUID jobId, String detail) {
        jobs.finish(jobId, JobState.SUCCEEDED, detail);
    }

    @Transactional
    public void failed(UUID jobId, String detail) {
        jobs.finish(jobId, JobState.FAILED, detail);
    }

    /** The job, if the caller may see it: admins see every job, other users those they started. */
    @Transactional(readOnly = true)
    public Job get(UUID jobId, CurrentUser caller) {
        return jobs.find(jobId)
                .filter(job -> caller.role() == Role.ADMIN || caller.username().equals(job.requestedBy()))
                .orElseThrow(() -> new JobNotFound(jobId));
    }
}
