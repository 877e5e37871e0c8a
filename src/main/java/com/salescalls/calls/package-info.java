/**
 * Call records: ingestion (one call or bulk), storage with their analysis, and the list, filter, full-text and
 * detail queries.
 */
@org.jspecify.annotations.NullMarked
package com.salescalls.calls;
