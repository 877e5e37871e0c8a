package com.salescalls.calls;

import com.salescalls.platform.Refusal;

/** No call with this id, or none the caller may see: the two look the same, so ids do not leak. */
public class CallNotFound extends Refusal {

    public CallNotFound(String callId) {
        super(Kind.NOT_FOUND, "Call not found", "Call '" + callId + "' not found");
    }
}
