package com.salescalls.agents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agent_directory table. */
@Repository
class AgentDirectoryRepository {

    private final JdbcClient jdbc;

    AgentDirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces; the entry as stored (read in the same statement), and whether it is new. */
    AgentDirectory.Stored put(String agentId, String displayName, List<String> aliases) {
        return jdbc.sql("""
                        INSERT INTO agent_directory (agent_id, display_name, aliases) VALUES (?, ?, ?)
                        ON CONFLICT (agent_id) DO UPDATE
                            SET display_name = excluded.display_name, aliases = excluded.aliases, updated_at = now()
                        RETURNING *, xmax = 0 AS created""")
                .params(agentId, displayName, aliases.toArray(String[]::new))
                .query((rs, row) -> new AgentDirectory.Stored(entry(rs), rs.getBoolean("created"))).single();
    }

    Optional<AgentEntry> find(String agentId) {
        return jdbc.sql("SELECT * FROM agent_directory WHERE agent_id = ?").param(agentId)
                .query((rs, row) -> entry(rs)).optional();
    }

    List<AgentEntry> findAll(Collection<String> agentIds) {
        return jdbc.sql("SELECT * FROM agent_directory WHERE agent_id = ANY(?)")
                .param(agentIds.toArray(String[]::new)).query((rs, row) -> entry(rs)).list();
    }

    List<AgentEntry> page(int limit, int offset) {
        return jdbc.sql("SELECT * FROM agent_directory ORDER BY agent_id LIMIT ? OFFSET ?").params(limit, offset)
                .query((rs, row) -> entry(rs)).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM agent_directory").query(Long.class).single();
    }

    boolean delete(String agentId) {
        return jdbc.sql("DELETE FROM agent_directory WHERE agent_id = ?").param(agentId).update() == 1;
    }

    private static AgentEntry entry(ResultSet rs) throws SQLException {
        Array aliases = rs.getArray("aliases");
        return new AgentEntry(rs.getString("agent_id"), rs.getString("display_name"),
                Arrays.asList((String[]) aliases.getArray()), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
