package com.salescalls.calls;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.salescalls.insights.AgentNames;

/**
 * Where the ingest rules find the names an agent goes by, to tell the agent among a call's named speakers; the
 * agents module's directory provides it (so that calls need not depend on it).
 */
@NamedInterface("ingest")
@FunctionalInterface
public interface AgentNamesLookup {

    Optional<AgentNames> namesOf(String agentId);
}
