package com.salescalls.agents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.calls.AgentNamesLookup;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.AgentNames;

/**
 * The names agents go by. An admin sets them; ingestion reads them to tell the call's agent among its speakers
 * (see {@code insights.SpeakerResolver}). A name set later does not change calls already stored: their speakers
 * were settled, and reported, when they came in.
 */
@Service
public class AgentDirectory implements AgentNamesLookup {

    /** What one page of the directory holds. */
    public record Page(List<AgentEntry> agents, long total) {
    }

    private final AgentDirectoryRepository repository;

    AgentDirectory(AgentDirectoryRepository repository) {
        this.repository = repository;
    }

    /**
     * An entry as a write stored it; {@code created} when the agent had none before.
     *
     * @param entry   the entry as stored
     * @param created whether the write made it
     */
    public record Stored(AgentEntry entry, boolean created) {
    }

    /**
     * Sets the agent's names; returns them as stored, from the same statement, so that a delete racing this write
     * cannot make the answer fail.
     */
    @Transactional
    public Stored put(String agentId, String displayName, List<String> aliases) {
        return repository.put(agentId, displayName.strip(), aliases.stream().map(String::strip).distinct().toList());
    }

    @Transactional(readOnly = true)
    public Optional<AgentEntry> find(String agentId) {
        return repository.find(agentId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgentNames> namesOf(String agentId) {
        return repository.find(agentId).map(AgentEntry::names);
    }

    /** The entry if the caller may see that agent (an agent user sees only its own). */
    @Transactional(readOnly = true)
    public AgentEntry get(String agentId, CurrentUser caller) {
        return repository.find(agentId).filter(entry -> caller.maySee(entry.agentId()))
                .orElseThrow(() -> new AgentEntryNotFound(agentId));
    }

    /** The entries of these agents, by agent id, in one query: a bulk import asks once per chunk. */
    @Transactional(readOnly = true)
    public Map<String, AgentEntry> findAll(Collection<String> agentIds) {
        return agentIds.isEmpty() ? Map.of() : repository.findAll(agentIds).stream()
                .collect(Collectors.toUnmodifiableMap(AgentEntry::agentId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Page list(int limit, int offset) {
        return new Page(repository.page(limit, offset), repository.count());
    }

    @Transactional
    public void delete(String agentId) {
        if (!repository.delete(agentId)) {
            throw new AgentEntryNotFound(agentId);
        }
    }
}
