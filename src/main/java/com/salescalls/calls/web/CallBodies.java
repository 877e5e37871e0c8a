package com.salescalls.calls.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.salescalls.calls.Call;
import com.salescalls.calls.CallAnalysisFailed;
import com.salescalls.calls.CallNotFound;
import com.salescalls.calls.CallService;
import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.identity.CurrentUser;
import com.salescalls.platform.AsyncListeners;
import com.salescalls.platform.CacheNames;

/**
 * A call's detail rendered once: its JSON bytes, their strong {@code ETag} and the call's agent, kept in the
 * {@link CacheNames#CALLS} cache (in Redis, shared by every instance, when it is configured) under the call's id.
 * A hit costs no parse and no rendering; the caller's scope is checked against the agent it carries, and a call the
 * caller may not see is as absent as a missing one. Entries are evicted once a new analysis (or a final failure) of
 * the call is committed, off the pipeline's thread ({@link AsyncListeners}); a pending call is never cached, since
 * a read that began before its analysis committed could otherwise put the pending state back after the eviction
 * (seen with two instances behind nginx and a client polling for the analysis).
 */
@Component
class CallBodies {

    private static final String WITH_EMBEDDING = "+embedding";

    /** A rendered detail; public so that Jackson reads it back from Redis. */
    public record Body(String agentId, byte[] json, String etag) {
    }

    private final CallService calls;
    private final Cache cache;
    private final AsyncListeners listeners;
    private final JsonMapper json;

    CallBodies(CallService calls, CacheManager caches, AsyncListeners listeners, JsonMapper json) {
        this.calls = calls;
        this.cache = caches.getCache(CacheNames.CALLS);
        this.listeners = listeners;
        this.json = json;
    }

    // The cache is used directly rather than through @Cacheable, whose key and condition expressions cost the
    // detail, the hottest read, about a tenth of its time; a fill reads the primary (CallService.get).
    Body of(String callId, boolean withEmbedding, CurrentUser caller) {
        String key = withEmbedding ? callId + WITH_EMBEDDING : callId;
        if (cache.get(key) instanceof Cache.ValueWrapper cached && cached.get() instanceof Body body) {
            if (!caller.maySee(body.agentId())) {
                throw new CallNotFound(callId);
            }
            return body;
        }
        Call call = calls.get(callId, caller, withEmbedding);
        Body body = render(call);
        if (!call.analysisStatus().equals("pending")) {
            cache.put(key, body);
        }
        return body;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void evict(CallsAnalyzed analyzed) {
        listeners.submit("calls.detail-cache", () -> analyzed.callIds().forEach(this::evict));
    }

    // a detail cached while the call was pending must not outlive its failure
    @TransactionalEventListener(fallbackExecution = true)
    public void evict(CallAnalysisFailed failed) {
        listeners.submit("calls.detail-cache", () -> evict(failed.callId()));
    }

    private void evict(String callId) {
        cache.evict(callId);
        cache.evict(callId + WITH_EMBEDDING);
    }

    private Body render(Call call) {
        byte[] rendered = json.writeValueAsBytes(CallView.of(call));
        return new Body(call.agentId(), rendered, etag(rendered));
    }

    /** A strong validator: the first 128 bits of the body's SHA-256, base64url, quoted (RFC 9110 section 8.8.3). */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
