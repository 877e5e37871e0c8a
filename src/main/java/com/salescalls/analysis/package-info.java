/**
 * The durable analysis pipeline: the queue of calls to analyse, this instance's workers, re-analysis, the
 * pipeline's state, progress and metrics, and {@code POST /api/v1/analyze}.
 */
@org.jspecify.annotations.NullMarked
package com.salescalls.analysis;
