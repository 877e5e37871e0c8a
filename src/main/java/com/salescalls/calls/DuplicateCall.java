package com.salescalls.calls;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A call id re-posted with content other than what is stored under it: 409, the stored call is kept. */
public class DuplicateCall extends ErrorResponseException {

    public DuplicateCall(String callId) {
        super(HttpStatus.CONFLICT, problem(callId), null);
    }

    public static String reason(String callId) {
        return "Call '" + callId + "' is already stored with different content";
    }

    private static ProblemDetail problem(String callId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason(callId));
        problem.setTitle("Duplicate call");
        return problem;
    }
}
