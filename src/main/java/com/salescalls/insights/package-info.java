/**
 * Derives per-call insights from transcripts: agent talk ratio, customer sentiment, conversation
 * metrics (monologues, questions, pace, interruptions, silence, sentiment by quarter) and a semantic embedding.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.salescalls.insights;
