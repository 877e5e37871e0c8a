package com.salescalls.platform;

/**
 * The one rule for the ids clients choose (call, agent and customer ids): every module that accepts one, from
 * ingest and the live stream to user accounts and the agent directory, checks it with this pattern.
 */
public final class Identifiers {

    public static final String PATTERN = "[A-Za-z0-9_.:-]{1,64}";
    public static final String MESSAGE = "must be 1-64 characters of letters, digits, '_', '.', ':' and '-'";

    private Identifiers() {
    }
}
