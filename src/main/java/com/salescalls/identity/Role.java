package com.salescalls.identity;

import java.util.Locale;

/** What a user may do. Managers and admins read every call; an agent reads only its own agent's calls. */
public enum Role {
    ADMIN, MANAGER, AGENT;

    /** The lower-case name used on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
