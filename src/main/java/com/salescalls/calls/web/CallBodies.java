package com.salescalls.calls.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import com.salescalls.calls.Call;
import com.salescalls.calls.CallsProperties;

/**
 * A call's detail rendered once: its JSON bytes and their strong {@code ETag}, kept in this instance (bounded by
 * {@code DETAIL_BODY_CACHE} bytes) under the call's id and {@code updated_at}. Every change of a call (a new
 * analysis, a failure, a re-queue) moves {@code updated_at}, so a changed call is rendered afresh under a new key and
 * a stale body is never served, on any instance, without any eviction.
 */
@Component
class CallBodies {

    record Body(byte[] json, String etag) {
    }

    private record Key(String callId, OffsetDateTime updatedAt, boolean withEmbedding) {
    }

    private final Cache<Key, Body> bodies;
    private final JsonMapper json;

    CallBodies(CallsProperties properties, JsonMapper json) {
        this.bodies = Caffeine.newBuilder().maximumWeight(properties.detailBodyCache().toBytes())
                .weigher((Key key, Body body) -> body.json().length + 200).build();
        this.json = json;
    }

    Body of(Call call) {
        return bodies.get(new Key(call.callId(), call.updatedAt(), call.embedding() != null), key -> render(call));
    }

    private Body render(Call call) {
        byte[] rendered = json.writeValueAsBytes(CallView.of(call));
        return new Body(rendered, etag(rendered));
    }

    /** A strong validator: the first 128 bits of the body's SHA-256, base64url, quoted (RFC 9110 section 8.8.3). */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16))
                    + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
