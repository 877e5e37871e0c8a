package com.salescalls.calls;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** One agent on one UTC calendar day: the unit in which call aggregates are kept. */
@NamedInterface("aggregates")
public record AgentDay(String agentId, LocalDate day) {
}
