package com.salescalls.generator;

/** How an agent runs a call; each style leaves a measurable trace in the transcript. */
public enum AgentStyle {
    /** Long agent turns full of tangents and feature talk: high agent word share. */
    TALKATIVE,
    /** Probes constantly: almost every agent line ends with a question, and discovery takes most of the call. */
    INQUISITIVE,
    /** Short prompts that let the customer elaborate: low agent word share. */
    LISTENER,
    /** Paraphrases the customer's needs and recommends a fit; balanced talk time. */
    CONSULTATIVE,
    /** Pushes for a close and urgency in most turns; customers end up annoyed more often. */
    PUSHY,
    /** Short, to-the-point turns and short calls. */
    CONCISE
}
