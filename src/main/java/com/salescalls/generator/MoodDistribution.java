package com.salescalls.generator;

import java.util.random.RandomGenerator;

/** Draws the customer's mood for a call from the agent's skill, so better agents have more pleased customers. */
final class MoodDistribution {

    private MoodDistribution() {
    }

    static CustomerMood draw(Agent agent, RandomGenerator random) {
        double skill = agent.skill();
        double pleased = 0.20 + 0.50 * skill;
        double annoyed = 0.45 - 0.35 * skill;
        double roll = random.nextDouble();
        if (roll < pleased) {
            return CustomerMood.PLEASED;
        }
        return roll < pleased + annoyed ? CustomerMood.ANNOYED : CustomerMood.NEUTRAL;
    }
}
