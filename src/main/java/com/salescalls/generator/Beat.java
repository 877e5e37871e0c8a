package com.salescalls.generator;

import org.jspecify.annotations.Nullable;

/**
 * One exchange before styling, as unfilled templates.
 *
 * @param customerMoodSpecific whether the customer template was already chosen for the mood, so it needs fewer cues
 * @param owedAnswer           what the agent must address in the next turn (an objection or competitor answer)
 */
record Beat(Phase phase, String agentCore, String customerContent, boolean customerMoodSpecific,
            @Nullable String owedAnswer) {
}
