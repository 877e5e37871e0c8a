package com.salescalls.generator;

import java.util.List;

/** Competitor discovery: the agent asks, the customer names a rival, the agent differentiates next turn. */
final class CompetitorLines {

    static final List<String> AGENT_ASKS = List.of(
            "Are you looking at any other vendors?",
            "Who else are you evaluating?",
            "Have you talked to anyone else about this?",
            "Which other options are on your shortlist?",
            "Did you consider staying with {tool}?",
            "Is anyone else in the running?",
            "What other tools have you looked at so far?",
            "Have you seen a demo from anyone else?");

    static final List<String> CUSTOMER_MENTIONS = List.of(
            "We're also talking to {competitor}.",
            "{competitor} gave us a demo last week.",
            "Our finance team suggested {competitor}.",
            "We have a quote from {competitor} on the table.",
            "A few people on the team used {competitor} at their last company.",
            "We looked at {competitor}, but we haven't decided anything.",
            "{competitor} offered a pilot for next month.",
            "Someone from {competitor} contacted our VP.",
            "We're comparing you with {competitor} and with staying on {tool}.",
            "{competitor} is on the list too.");

    static final List<String> AGENT_COUNTERS = List.of(
            "Compared with {competitor}, we include {feature} without an add-on.",
            "Teams often come to us from {competitor} because our forecasting is built in rather than bolted on.",
            "{competitor} is a solid tool; where we differ is the coaching layer and the speed of setup.",
            "Several customers switched from {competitor} after their renewal, mostly for reporting.",
            "Unlike {competitor}, we don't charge extra for integrations.",
            "I'd ask {competitor} how long their migration takes; ours is about {weeks} weeks.",
            "I'm happy to do a side-by-side with {competitor} so you can compare on your own data.",
            "The main difference from {competitor} is that our dashboards update in real time.",
            "{competitor} focuses on larger enterprises; we're built for teams of around {team}.",
            "If {competitor} is in the mix, I can share a comparison sheet our customers found useful.");

    private CompetitorLines() {
    }
}
