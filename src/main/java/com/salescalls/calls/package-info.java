/**
 * Call records: ingestion (one call or bulk), the durable analysis pipeline that analyses stored calls in batches,
 * storage with their analysis, and the list, filter, full-text and detail queries.
 */
@org.jspecify.annotations.NullMarked
package com.salescalls.calls;
