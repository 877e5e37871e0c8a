/**
 * Webhooks: admins subscribe URLs to events (call.analyzed, call.failed, live.alert, analytics.recalculated);
 * each event is queued in PostgreSQL in the transaction that caused it and delivered at least once, signed, with
 * retries, by whichever instance claims it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "analytics",
        "calls :: events",
        "identity",
        "live",
        "platform"
})
package com.salescalls.webhooks;
