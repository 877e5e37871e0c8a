package com.salescalls.jobs.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.identity.CurrentUser;
import com.salescalls.jobs.Job;
import com.salescalls.jobs.JobService;

/** The state of a background job. */
@RestController
@Tag(name = "jobs")
class JobController {

    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs/{job_id}")
    @Operation(summary = "A background job: queued, running, succeeded or failed, with its times and outcome")
    Job get(@AuthenticationPrincipal CurrentUser caller, @PathVariable("job_id") UUID jobId) {
        return jobs.get(jobId, caller);
    }
}
