package com.salescalls.analytics.web;

import java.time.Instant;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import org.springframework.stereotype.Component;

import com.salescalls.analytics.DateRange;
import com.salescalls.analytics.Leaderboard;
import com.salescalls.identity.CurrentUser;

/**
 * Leaderboards rendered once: the JSON of each (figures' time, range, sort, whose rows) kept in this instance, bounded
 * by its size, and written out as its cached UTF-8 bytes (a {@link RawValue} still goes through the message
 * converters, so content negotiation and its 406 stay Spring's). Figures computed again carry a new {@code generated_at}, so a changed leaderboard is rendered
 * afresh under a new key and an old rendering is never served, on any instance, without any eviction.
 */
@Component
class LeaderboardBodies {

    private static final long MAX_BYTES = 16L << 20;

    /** {@code agent}: the one agent whose row the caller sees, or null for a caller who sees every agent. */
    private record Key(Instant generatedAt, DateRange range, String sort, @Nullable String agent) {
    }

    private final Cache<Key, RawValue> bodies = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((Key key, RawValue body) -> 3 * ((SerializedString) body.rawValue()).charLength() + 100)
            .build();
    private final JsonMapper json;

    LeaderboardBodies(JsonMapper json) {
        this.json = json;
    }

    RawValue of(Leaderboard board, String sort, CurrentUser caller, Supplier<Object> view) {
        Key key = new Key(board.generatedAt(), board.range(), sort, caller.seesAllAgents() ? null : caller.agentId());
        return bodies.get(key, unused -> new RawValue(new SerializedString(json.writeValueAsString(view.get()))));
    }
}
