/** Deterministic generator of realistic synthetic sales-call transcripts for demos, tests and load data. */
@org.jspecify.annotations.NullMarked
package com.salescalls.generator;
