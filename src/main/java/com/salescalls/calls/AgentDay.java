package com.salescalls.calls;

import java.time.LocalDate;

/** One agent on one UTC calendar day: the unit in which call aggregates are kept. */
public record AgentDay(String agentId, LocalDate day) {
}
