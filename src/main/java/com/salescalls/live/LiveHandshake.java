package com.salescalls.live;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import com.salescalls.platform.Identifiers;
import com.salescalls.calls.IngestRules;
import com.salescalls.identity.AccessTokens;
import com.salescalls.identity.CurrentUser;
import com.salescalls.identity.Role;
import com.salescalls.platform.InvalidParameters;
import com.salescalls.platform.Refusal;
import com.salescalls.platform.RefusalResponse;
import com.salescalls.platform.InvalidParameters.Violation;

/**
 * Checks a live handshake before the upgrade, so that a bad one is refused with an HTTP status and a problem body
 * rather than a connection that closes at once: 401 without a valid access token, 422 for a malformed call id or
 * parameter, 403 for a producer not allowed to speak for that agent, 429 when the user has too many connections.
 */
final class LiveHandshake implements HandshakeInterceptor {

    static final String USER = "live.user";
    static final String CALL_ID = "live.call_id";
    static final String SPEED = "live.speed";
    static final String SPEC = "live.spec";

    private static final double MAX_SPEED = 1000;

    enum Endpoint { SUBSCRIBER, PRODUCER }

    private final Endpoint endpoint;
    private final AccessTokens tokens;
    private final LiveSessions sessions;
    private final JsonMapper json;

    LiveHandshake(Endpoint endpoint, AccessTokens tokens, LiveSessions sessions, JsonMapper json) {
        this.endpoint = endpoint;
        this.tokens = tokens;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws IOException {
        try {
            Optional<String> token = HandshakeAuthentication.token(request);
            CurrentUser user = token.flatMap(tokens::authenticate).orElseThrow(() -> token.isPresent()
                    ? refusal(HttpStatus.UNAUTHORIZED, "Invalid token", "Invalid or expired access token")
                    : refusal(HttpStatus.UNAUTHORIZED, "Not authenticated", "Send an access token as ?token=, "
                            + "as a Sec-WebSocket-Protocol (bearer, <token>) or as an Authorization bearer header"));
            if (!sessions.hasRoomFor(user.id())) {
                throw refusal(HttpStatus.TOO_MANY_REQUESTS, "Too many connections",
                        "This user already has the most live connections allowed; close one first");
            }
            MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build()
                    .getQueryParams();
            attributes.put(USER, user);
            attributes.put(CALL_ID, callId(request));
            if (endpoint == Endpoint.SUBSCRIBER) {
                speed(query.getFirst("speed")).ifPresent(speed -> attributes.put(SPEED, speed));
            } else {
                attributes.put(SPEC, spec(user, query));
            }
            return true;
        } catch (ErrorResponseException refused) {
            refuse(response, refused);
            return false;
        } catch (Refusal refused) {
            refuse(response, RefusalResponse.of(refused));
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            @Nullable Exception exception) {
    }

    private static String callId(ServerHttpRequest request) {
        String[] segments = request.getURI().getRawPath().split("/");
        // /ws/sentiment/{call_id} or /ws/calls/{call_id}/live
        String id = segments.length > 3 ? segments[3] : "";
        if (!IngestRules.isId(id)) {
            throw new InvalidParameters("call_id", Identifiers.MESSAGE);
        }
        return id;
    }

    private static Optional<Double> speed(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            double speed = Double.parseDouble(value.strip());
            if (speed > 0 && speed <= MAX_SPEED) {
                return Optional.of(speed);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameters("speed", "must be a number above 0 and at most " + (int) MAX_SPEED
                + " (1 = real time)");
    }

    private static LiveCallSpec spec(CurrentUser user, MultiValueMap<String, String> query) {
        List<Violation> violations = new ArrayList<>();
        String agentId = query.getFirst("agent_id");
        if (agentId == null && user.role() == Role.AGENT) {
            agentId = user.agentId();
        }
        check(violations, "agent_id", agentId, IngestRules.isId(agentId), Identifiers.MESSAGE);
        String customerId = query.getFirst("customer_id");
        check(violations, "customer_id", customerId, IngestRules.isId(customerId), Identifiers.MESSAGE);
        String language = Optional.ofNullable(query.getFirst("language")).orElse(IngestRules.DEFAULT_LANGUAGE);
        check(violations, "language", language, IngestRules.isLanguage(language), IngestRules.LANGUAGE_MESSAGE);
        OffsetDateTime startTime = OffsetDateTime.now(ZoneOffset.UTC);
        String start = query.getFirst("start_time");
        if (start != null) {
            try {
                startTime = OffsetDateTime.parse(start.strip());
            } catch (DateTimeParseException e) {
                violations.add(new Violation("start_time", "must be an ISO-8601 date-time with an offset"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidParameters(violations);
        }
        if (!user.maySee(agentId)) {
            throw refusal(HttpStatus.FORBIDDEN, "Forbidden", "An agent may only stream its own calls");
        }
        return new LiveCallSpec(agentId, customerId, language, startTime);
    }

    private static void check(List<Violation> violations, String name, @Nullable String value, boolean valid,
            String message) {
        if (value == null) {
            violations.add(new Violation(name, "is required"));
        } else if (!valid) {
            violations.add(new Violation(name, message));
        }
    }

    private static ErrorResponseException refusal(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        ErrorResponseException refusal = new ErrorResponseException(status, problem, null);
        if (status == HttpStatus.UNAUTHORIZED) {
            refusal.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, title.equals("Invalid token")
                    ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        return refusal;
    }

    private void refuse(ServerHttpResponse response, ErrorResponseException refused) throws IOException {
        response.setStatusCode(refused.getStatusCode());
        response.getHeaders().addAll(refused.getHeaders());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(json.writeValueAsBytes(refused.getBody()));
    }
}
