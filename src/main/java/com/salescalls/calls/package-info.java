/**
 * Call records: ingestion (one call or bulk), storage with their analysis, and the list, filter, full-text and
 * detail queries.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "insights", "platform"})
package com.salescalls.calls;
