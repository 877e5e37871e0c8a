package com.salescalls.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No job with this id, or none the caller may see: the two look the same. */
public class JobNotFound extends ErrorResponseException {

    public JobNotFound(Object jobId) {
        super(HttpStatus.NOT_FOUND, problem(jobId), null);
    }

    private static ProblemDetail problem(Object jobId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Job '" + jobId + "' not found");
        problem.setTitle("Job not found");
        return problem;
    }
}
