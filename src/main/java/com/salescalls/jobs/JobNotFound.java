package com.salescalls.jobs;

import com.salescalls.platform.Refusal;

/** No job with this id, or none the caller may see: the two look the same. */
public class JobNotFound extends Refusal {

    public JobNotFound(Object jobId) {
        super(Kind.NOT_FOUND, "Job not found", "Job '" + jobId + "' not found");
    }
}
