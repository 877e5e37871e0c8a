package com.salescalls.calls;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No call with this id, or none the caller may see: the two look the same, so ids do not leak. */
public class CallNotFound extends ErrorResponseException {

    public CallNotFound(String callId) {
        super(HttpStatus.NOT_FOUND, problem(callId), null);
    }

    private static ProblemDetail problem(String callId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Call '" + callId + "' not found");
        problem.setTitle("Call not found");
        return problem;
    }
}
