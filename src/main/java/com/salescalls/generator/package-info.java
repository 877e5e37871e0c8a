/** Deterministic generator of realistic synthetic sales-call transcripts for demos, tests and load data. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"analysis", "calls", "calls :: ingest"})
package com.salescalls.generator;
