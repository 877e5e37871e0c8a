package com.salescalls.generator;

/** The stages of a sales call, in the order they usually happen. */
enum Phase {
    GREETING, DISCOVERY, PITCH, PRICING, OBJECTION, COMPETITOR, NEXT_STEPS
}
