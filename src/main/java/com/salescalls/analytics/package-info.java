/**
 * Agent analytics: the leaderboard and weekly trends, served from per agent per day rollups that are kept
 * current as calls are analysed and rebuilt by a nightly recalculation.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "calls :: aggregates",
        "calls :: events",
        "calls :: ingest",
        "identity",
        "jobs",
        "platform"
})
package com.salescalls.analytics;
