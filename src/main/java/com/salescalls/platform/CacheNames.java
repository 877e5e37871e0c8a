package com.salescalls.platform;

/**
 * The caches of hot reads. Values must be records (or other classes) under {@code com.salescalls}, because with
 * Redis they are stored as JSON with their class name (see {@link TypedJsonRedisSerializer}); a method that may
 * return nothing needs {@code unless = "#result == null"}, since neither backend stores nulls.
 */
public final class CacheNames {

    /** Agent leaderboards and trends; cleared whenever calls are analysed or rollups rebuilt. */
    public static final String ANALYTICS = "analytics";
    /** Call detail by id, rendered (JSON, ETag, agent), before the caller's scope is applied; evicted when analysed. */
    public static final String CALLS = "calls";
    /** Recommendations for a call; cleared whenever calls are analysed, since any call may become similar. */
    public static final String RECOMMENDATIONS = "recommendations";

    private CacheNames() {
    }
}
