package com.salescalls.generator;

/**
 * A member of the sales team.
 *
 * @param skill          0..1; tilts the customer mood distribution so a leaderboard finds real differences
 * @param wordsPerMinute the agent's speaking rate, which drives the call duration
 */
record Agent(String id, String firstName, String lastName, AgentStyle style, double skill, int wordsPerMinute) {
}
