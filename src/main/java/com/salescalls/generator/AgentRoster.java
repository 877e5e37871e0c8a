package com.salescalls.generator;

import static com.salescalls.generator.AgentStyle.CONCISE;
import static com.salescalls.generator.AgentStyle.CONSULTATIVE;
import static com.salescalls.generator.AgentStyle.INQUISITIVE;
import static com.salescalls.generator.AgentStyle.LISTENER;
import static com.salescalls.generator.AgentStyle.PUSHY;
import static com.salescalls.generator.AgentStyle.TALKATIVE;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The fixed sales team. It does not depend on the seed so that agent ids mean the same person across data sets;
 * skills vary within each style so that style and skill are not the same signal.
 */
final class AgentRoster {

    static final List<Agent> AGENTS = List.of(
            agent(1, "Maya", "Thompson", TALKATIVE, 0.55, 172),
            agent(2, "Daniel", "Okafor", INQUISITIVE, 0.85, 150),
            agent(3, "Priya", "Raman", LISTENER, 0.90, 138),
            agent(4, "Lucas", "Meyer", CONSULTATIVE, 0.80, 145),
            agent(5, "Jordan", "Blake", PUSHY, 0.25, 165),
            agent(6, "Hannah", "Cho", CONCISE, 0.60, 160),
            agent(7, "Ethan", "Brooks", TALKATIVE, 0.40, 175),
            agent(8, "Sofia", "Alvarez", INQUISITIVE, 0.70, 148),
            agent(9, "Noah", "Fischer", LISTENER, 0.75, 132),
            agent(10, "Mei", "Liu", CONSULTATIVE, 0.95, 142),
            agent(11, "Tyler", "Grant", PUSHY, 0.35, 170),
            agent(12, "Amara", "Nwosu", CONCISE, 0.50, 155),
            agent(13, "Chris", "Donovan", TALKATIVE, 0.70, 168),
            agent(14, "Elena", "Petrova", INQUISITIVE, 0.60, 152),
            agent(15, "Sam", "Patel", LISTENER, 0.65, 135),
            agent(16, "Olivia", "Bennett", CONSULTATIVE, 0.70, 146),
            agent(17, "Marcus", "Reid", PUSHY, 0.15, 173),
            agent(18, "Isabel", "Costa", CONCISE, 0.80, 158),
            agent(19, "Kenji", "Watanabe", CONSULTATIVE, 0.60, 140),
            agent(20, "Leah", "Goldberg", INQUISITIVE, 0.45, 150));

    private AgentRoster() {
    }

    static Agent pick(RandomGenerator random) {
        return Pick.one(random, AGENTS);
    }

    private static Agent agent(int number, String first, String last, AgentStyle style, double skill, int wpm) {
        return new Agent(Ids.agent(number), first, last, style, skill, wpm);
    }
}
