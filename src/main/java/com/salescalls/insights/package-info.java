/**
 * Derives per-call insights from transcripts: agent talk ratio, customer sentiment and a semantic embedding.
 */
@org.jspecify.annotations.NullMarked
package com.salescalls.insights;
