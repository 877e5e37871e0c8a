/**
 * Live sentiment over WebSocket: replays of stored calls, live calls from producers, alerts, and fan-out to
 * subscribers on every instance (Redis pub/sub when configured, in-process otherwise).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "calls",
        "calls :: ingest",
        "identity",
        "insights",
        "platform"
})
package com.salescalls.live;
