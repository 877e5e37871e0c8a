package com.salescalls.live;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a WebSocket client puts its access token. Browsers cannot set headers on a WebSocket, so besides
 * {@code Authorization: Bearer} the token may come as {@code ?token=} or as one of the offered subprotocols
 * ({@code Sec-WebSocket-Protocol: bearer, <token>}); the subprotocol echoed back is then {@code bearer}, or the
 * token itself when it was offered alone, since a browser fails a connection whose answer names none it offered.
 */
final class HandshakeAuthentication {

    static final String BEARER_PROTOCOL = "bearer";

    // a compact JWS: three base64url parts; all of its characters are valid in a subprotocol token
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private HandshakeAuthentication() {
    }

    static Optional<String> token(ServerHttpRequest request) {
        String query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("token");
        if (query != null && !query.isBlank()) {
            return Optional.of(query.strip());
        }
        Optional<String> offered = tokenProtocol(request.getHeaders().getOrEmpty("Sec-WebSocket-Protocol").stream()
                .flatMap(header -> List.of(header.split(",")).stream()).map(String::strip).toList());
        if (offered.isPresent()) {
            return offered;
        }
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }

    static Optional<String> tokenProtocol(List<String> protocols) {
        return protocols.stream().filter(protocol -> JWT.matcher(protocol).matches()).findFirst();
    }

    /** The subprotocol to answer with, null when the client offered none that carries a token. */
    static @Nullable String chosenProtocol(List<String> requested) {
        return requested.stream().filter(BEARER_PROTOCOL::equalsIgnoreCase).findFirst()
                .or(() -> tokenProtocol(requested)).orElse(null);
    }
}
