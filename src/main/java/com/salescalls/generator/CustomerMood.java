package com.salescalls.generator;

/** The customer's overall mood during a call; it dominates the wording of the customer's lines. */
public enum CustomerMood {
    /** Enthusiastic, appreciative wording ("That sounds great", "really helpful, thanks"). */
    PLEASED,
    /** Factual wording with few sentiment-bearing words. */
    NEUTRAL,
    /** Complaining, impatient wording ("way too expensive", "this is frustrating"). */
    ANNOYED
}
