package com.salescalls.calls.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A call id re-posted with content other than what is stored under it: 409, the stored call is kept. The calls
 * module reports the conflict as a value ({@code IngestResult.Status.CONFLICT}); this is its HTTP answer.
 */
final class DuplicateCall extends ErrorResponseException {

    DuplicateCall(String callId) {
        super(HttpStatus.CONFLICT, problem(callId), null);
    }

    static String reason(String callId) {
        return "Call '" + callId + "' is already stored with different content";
    }

    private static ProblemDetail problem(String callId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason(callId));
        problem.setTitle("Duplicate call");
        return problem;
    }
}
