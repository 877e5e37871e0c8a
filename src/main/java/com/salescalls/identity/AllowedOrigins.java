package com.salescalls.identity;

import java.util.List;

/**
 * Browser origins other than the API's own that may call it ({@code CORS_ORIGINS}); WebSocket handshakes check
 * their {@code Origin} against the same list. Empty: same origin only.
 */
public record AllowedOrigins(List<String> origins) {
}
