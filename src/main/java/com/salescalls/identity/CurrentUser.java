package com.salescalls.identity;

import org.jspecify.annotations.Nullable;

/**
 * The authenticated caller of a request, read from the database (kept between changes by {@link CallerCache},
 * which every change of the user or session evicts) so that a role change or a disabled user takes effect at once
 * rather than when the token expires.
 */
public record CurrentUser(long id, String username, Role role, @Nullable String agentId) {

    /** Whether this caller reads calls of every agent; if not, only those of {@link #agentId()}. */
    public boolean seesAllAgents() {
        return role != Role.AGENT;
    }

    /** Whether this caller may read the calls of the given agent. */
    public boolean maySee(String callAgentId) {
        return seesAllAgents() || callAgentId.equals(agentId);
    }
}
