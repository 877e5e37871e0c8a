package com.salescalls.calls;

import java.util.List;

/** One page of a call list and how many calls match in all. */
public record CallPage(List<Call> calls, long total) {
}
