package com.salescalls;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.support.Api;
import com.salescalls.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level authorization on every route: an agent user, a manager and an admin, each against the calls (and
 * agent, job, user) of the agent the agent user is bound to and of another agent, with the exact status each cell
 * must answer. The routes come from the application itself (every MVC handler mapping and every WebSocket
 * endpoint), so a route added without a rule here fails this test.
 */
@ServerIntegrationTest
class AuthorizationMatrixIntegrationTest {

    enum Role { AGENT, MANAGER, ADMIN }

    enum Owner { OWN, OTHER }

    static final String OWN_AGENT = "AGENT_BOLA_A";
    static final String OTHER_AGENT = "AGENT_BOLA_B";
    static final String OWN_CALL = "BOLA_CALL_A";
    static final String OTHER_CALL = "BOLA_CALL_B";

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvcRoutes;

    @LocalServerPort
    int port;

    /** What one cell must answer, and (optionally) what its body must (not) reveal. */
    record Expect(int status, Function<JsonNode, Boolean> body) {
        static Expect status(int status) {
            return new Expect(status, ignored -> true);
        }
    }

    /** A rule: the request for a role and owner, and what it must answer. */
    record Rule(boolean owned, BiFunction<Role, Owner, Api.Response> request,
                BiFunction<Role, Owner, Expect> expect) {
    }

    private final java.util.concurrent.atomic.AtomicInteger unique = new java.util.concurrent.atomic.AtomicInteger();
    private Map<Role, String> tokens;
    private Map<Role, String> refreshTokens;
    private String adminJob;
    private String adminWebhook;

    private static final Map<String, Object> WEBHOOK = Map.of("url", "http://127.0.0.1:9/bola",
            "events", List.of("analytics.recalculated"));

    /** A webhook the admin made, for the cells that read or delete one. */
    private String webhook() {
        if (adminWebhook == null) {
            adminWebhook = api.postJson("/api/v1/webhooks", WEBHOOK, tokens.get(Role.ADMIN)).body()
                    .get("webhook_id").asString();
        }
        return adminWebhook;
    }

    @Test
    void everyRouteAnswersEachRoleAndOwnerWithTheExpectedStatus() {
        seed();
        Map<String, Rule> rules = rules();
        Set<String> routes = routes();
        assertThat(routes).as("routes without an authorization rule").isSubsetOf(rules.keySet());
        assertThat(rules.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String route : routes) {
            Rule rule = rules.get(route);
            for (Role role : Role.values()) {
                for (Owner owner : rule.owned() ? List.of(Owner.OWN, Owner.OTHER) : List.of(Owner.OWN)) {
                    cells++;
                    Expect expect = rule.expect().apply(role, owner);
                    Api.Response response = rule.request().apply(role, owner);
                    if (response.status() != expect.status() || !expect.body().apply(response.body())) {
                        wrong.add(route + " as " + role + " on " + owner + ": expected " + expect.status() + ", got "
                                + response.status() + " " + abbreviate(String.valueOf(response.body())));
                    }
                }
            }
        }
        System.out.printf("Authorization matrix: %d routes, %d cells%n", routes.size(), cells);
        assertThat(wrong).isEmpty();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** "METHOD /pattern" for every MVC handler and every WebSocket endpoint ("WS /pattern"). */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        mvcRoutes.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            info.getPatternValues().forEach(pattern -> methods.forEach(method -> routes.add(method + " " + pattern)));
        });
        context.getBeansOfType(WebSocketHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMap().keySet().forEach(pattern -> routes.add("WS " + pattern)));
        return routes;
    }

    private void seed() {
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
        calls.ingest(List.of(
                new NewCall(OWN_CALL, OWN_AGENT, "CUST_000001", "en", start, 60,
                        "Agent: Hello, about the pricing of the bola plan.\nCustomer: The bola plan looks expensive."),
                new NewCall(OTHER_CALL, OTHER_AGENT, "CUST_000002", "en", start.plusDays(1), 60,
                        "Agent: Thanks for the bola demo.\nCustomer: The bola demo was great.")));
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        String admin = api.adminToken();
        api.postJson("/api/v1/admin/users", Map.of("username", "bola-agent", "email", "bola-agent@example.com",
                "password", "bola-password-1", "role", "agent", "agent_id", OWN_AGENT), admin);
        api.postJson("/api/v1/admin/users", Map.of("username", "bola-manager", "email", "bola-manager@example.com",
                "password", "bola-password-1", "role", "manager"), admin);
        api.postJson("/api/v1/admin/users", Map.of("username", "bola-spare", "email", "bola-spare@example.com",
                "password", "bola-password-1", "role", "manager"), admin);
        api.putJson("/api/v1/agents/" + OWN_AGENT, Map.of("display_name", "Bola Own"), admin);
        api.putJson("/api/v1/agents/" + OTHER_AGENT, Map.of("display_name", "Bola Other"), admin);
        tokens = new java.util.EnumMap<>(Role.class);
        refreshTokens = new java.util.EnumMap<>(Role.class);
        java.util.Arrays.stream(Role.values()).forEach(role -> {
            String[] login = login(role);
            JsonNode pair = api.postForm("/auth/login", Map.of("username", login[0], "password", login[1])).body();
            tokens.put(role, pair.get("access_token").asString());
            refreshTokens.put(role, pair.get("refresh_token").asString());
        });
        // the rollups the trend reads: a recalculation, whose job the admin owns
        adminJob = api.postJson("/api/v1/analytics/recalculate", "", admin).body().get("job_id").asString();
        Api.Response job = api.get("/api/v1/jobs/" + adminJob, admin);
        for (int i = 0; i < 200 && !job.body().path("state").asString().matches("succeeded|failed"); i++) {
            sleep(100);
            job = api.get("/api/v1/jobs/" + adminJob, admin);
        }
        assertThat(job.body().path("state").asString()).isEqualTo("succeeded");
    }

    private static String[] login(Role role) {
        return switch (role) {
            case AGENT -> new String[] {"bola-agent", "bola-password-1"};
            case MANAGER -> new String[] {"bola-manager", "bola-password-1"};
            case ADMIN -> new String[] {Api.ADMIN, Api.ADMIN_PASSWORD};
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String agentOf(Owner owner) {
        return owner == Owner.OWN ? OWN_AGENT : OTHER_AGENT;
    }

    private String callOf(Owner owner) {
        return owner == Owner.OWN ? OWN_CALL : OTHER_CALL;
    }

    private static BiFunction<Role, Owner, Expect> always(int status) {
        return (role, owner) -> Expect.status(status);
    }

    /** Admin only: 403 for the others. */
    private static BiFunction<Role, Owner, Expect> adminOnly(int status) {
        return (role, owner) -> Expect.status(role == Role.ADMIN ? status : 403);
    }

    /** An agent reads only its own agent's objects; another agent's answer as if they did not exist. */
    private static BiFunction<Role, Owner, Expect> ownedBy(int status) {
        return (role, owner) -> Expect.status(role == Role.AGENT && owner == Owner.OTHER ? 404 : status);
    }

    /** A list an agent may ask with another agent's filter: answered, but with none of that agent's calls. */
    private BiFunction<Role, Owner, Expect> filteredList(String field, String agentField) {
        return (role, owner) -> new Expect(200, body -> {
            List<String> agents = new ArrayList<>();
            body.path(field).forEach(row -> agents.add(row.path(agentField).asString()));
            if (role == Role.AGENT) {
                return agents.stream().allMatch(OWN_AGENT::equals) && (owner == Owner.OWN) == !agents.isEmpty();
            }
            return agents.contains(agentOf(owner));
        });
    }

    private Map<String, Rule> rules() {
        Map<String, Rule> rules = new java.util.HashMap<>();
        rules.put("GET /", new Rule(false, (r, o) -> api.get("/", tokens.get(r)), always(200)));
        rules.put("GET /health", new Rule(false, (r, o) -> api.get("/health", tokens.get(r)), always(200)));
        rules.put("ANY /error", new Rule(false, (r, o) -> api.get("/error", tokens.get(r)), always(404)));
        rules.put("POST /auth/register", new Rule(false, (r, o) -> {
            String name = "bola-new-" + unique.incrementAndGet();
            return api.postJson("/auth/register", Map.of("username", name, "email", name + "@example.com",
                    "password", "bola-password-1"), tokens.get(r));
        }, always(201)));
        rules.put("POST /auth/login", new Rule(false, (r, o) -> api.postForm("/auth/login",
                Map.of("username", "bola-spare", "password", "bola-password-1")), always(200)));
        rules.put("POST /auth/refresh", new Rule(false, (r, o) -> {
            Api.Response refreshed = api.postJson("/auth/refresh", Map.of("refresh_token", refreshTokens.get(r)),
                    null);
            if (refreshed.status() == 200) {
                refreshTokens.put(r, refreshed.body().get("refresh_token").asString());
            }
            return refreshed;
        }, always(200)));
        rules.put("POST /auth/logout", new Rule(false, (r, o) -> {
            String[] login = login(r);
            String fresh = api.login(login[0], login[1]);
            return api.postJson("/auth/logout", "", fresh);
        }, always(204)));
        rules.put("POST /auth/password", new Rule(false, (r, o) -> api.postJson("/auth/password", Map.of(
                "current_password", login(r)[1], "new_password", login(r)[1]), tokens.get(r)), always(204)));
        rules.put("GET /auth/me", new Rule(false, (r, o) -> api.get("/auth/me", tokens.get(r)), always(200)));
        rules.put("GET /api/v1/calls", new Rule(true, (r, o) -> api.get("/api/v1/calls?agent_id=" + agentOf(o),
                tokens.get(r)), filteredList("calls", "agent_id")));
        rules.put("GET /api/v1/calls/{call_id}", new Rule(true, (r, o) -> api.get("/api/v1/calls/" + callOf(o),
                tokens.get(r)), ownedBy(200)));
        rules.put("GET /api/v1/calls/{call_id}/recommendations", new Rule(true, (r, o) ->
                api.get("/api/v1/calls/" + callOf(o) + "/recommendations", tokens.get(r)), (r, o) ->
                r == Role.AGENT && o == Owner.OTHER ? Expect.status(404) : new Expect(200, body -> {
                    if (r != Role.AGENT) {
                        return true;
                    }
                    List<String> agents = new ArrayList<>();
                    body.path("similar_calls").forEach(call -> agents.add(call.path("agent_id").asString()));
                    return agents.stream().allMatch(OWN_AGENT::equals);
                })));
        rules.put("POST /api/v1/calls", new Rule(true, (r, o) -> api.postJson("/api/v1/calls", Map.of(
                "call_id", "BOLA_NEW_" + unique.incrementAndGet(), "agent_id", agentOf(o), "customer_id",
                "CUST_000001", "language", "en", "start_time", "2026-03-01T10:00:00Z", "duration_seconds", 30,
                "transcript", "Agent: Hi.\nCustomer: Hello."), tokens.get(r)),
                (r, o) -> Expect.status(r == Role.AGENT ? 403 : 202)));
        rules.put("POST /api/v1/calls/bulk", new Rule(true, (r, o) -> api.postJson("/api/v1/calls/bulk", List.of(Map.of(
                "call_id", "BOLA_BULK_" + unique.incrementAndGet(), "agent_id", agentOf(o), "customer_id",
                "CUST_000001", "language", "en", "start_time", "2026-03-01T10:00:00Z", "duration_seconds", 30,
                "transcript", "Agent: Hi.\nCustomer: Hello.")), tokens.get(r)),
                (r, o) -> Expect.status(r == Role.AGENT ? 403 : 202)));
        rules.put("POST /api/v1/analyze", new Rule(false, (r, o) -> api.postJson("/api/v1/analyze",
                Map.of("transcript", "Agent: Hi.\nCustomer: Hello."), tokens.get(r)), always(200)));
        rules.put("GET /api/v1/search", new Rule(true, (r, o) -> api.get("/api/v1/search?mode=keyword&q=bola&agent_id="
                + agentOf(o), tokens.get(r)), filteredList("results", "agent_id")));
        rules.put("GET /api/v1/analytics/agents", new Rule(false, (r, o) -> api.get("/api/v1/analytics/agents",
                tokens.get(r)), (r, o) -> new Expect(200, body -> {
                    List<String> agents = new ArrayList<>();
                    body.path("agents").forEach(row -> agents.add(row.path("agent_id").asString()));
                    return r == Role.AGENT ? agents.equals(List.of(OWN_AGENT)) : agents.contains(OTHER_AGENT);
                })));
        rules.put("GET /api/v1/analytics/agents/{agent_id}", new Rule(true, (r, o) ->
                api.get("/api/v1/analytics/agents/" + agentOf(o) + "?from_date=2026-03-01&to_date=2026-03-08",
                        tokens.get(r)), ownedBy(200)));
        rules.put("POST /api/v1/analytics/recalculate", new Rule(false, (r, o) ->
                api.postJson("/api/v1/analytics/recalculate", "", tokens.get(r)), adminOnly(202)));
        rules.put("GET /api/v1/jobs/{job_id}", new Rule(false, (r, o) -> api.get("/api/v1/jobs/" + adminJob,
                tokens.get(r)), (r, o) -> Expect.status(r == Role.ADMIN ? 200 : 404)));
        rules.put("GET /api/v1/admin/users", new Rule(false, (r, o) -> api.get("/api/v1/admin/users",
                tokens.get(r)), adminOnly(200)));
        rules.put("POST /api/v1/admin/users", new Rule(false, (r, o) -> {
            String name = "bola-made-" + unique.incrementAndGet();
            return api.postJson("/api/v1/admin/users", Map.of("username", name, "email", name + "@example.com",
                    "password", "bola-password-1", "role", "manager"), tokens.get(r));
        }, adminOnly(201)));
        rules.put("PATCH /api/v1/admin/users/{username}", new Rule(false, (r, o) ->
                api.patchJson("/api/v1/admin/users/bola-spare", Map.of("role", "manager"), tokens.get(r)),
                adminOnly(200)));
        rules.put("POST /api/v1/admin/calls/reanalyze", new Rule(false, (r, o) ->
                api.postJson("/api/v1/admin/calls/reanalyze?outdated_only=true", "", tokens.get(r)), adminOnly(202)));
        rules.put("GET /api/v1/admin/audit", new Rule(false, (r, o) -> api.get("/api/v1/admin/audit",
                tokens.get(r)), adminOnly(200)));
        rules.put("GET /api/v1/admin/pipeline", new Rule(false, (r, o) -> api.get("/api/v1/admin/pipeline",
                tokens.get(r)), adminOnly(200)));
        rules.put("GET /health/live", new Rule(false, (r, o) -> api.get("/health/live", tokens.get(r)), always(200)));
        rules.put("GET /health/ready", new Rule(false, (r, o) -> api.get("/health/ready", tokens.get(r)),
                always(200)));
        rules.put("GET /api/v1/coaching/bands", new Rule(false, (r, o) -> api.get("/api/v1/coaching/bands",
                tokens.get(r)), always(200)));
        rules.put("GET /api/v1/live/calls", new Rule(false, (r, o) -> api.get("/api/v1/live/calls", tokens.get(r)),
                always(200)));
        // the agent directory: admins change it, admins and managers list it, an agent reads its own entry only
        rules.put("PUT /api/v1/agents/{agent_id}", new Rule(false, (r, o) -> api.putJson("/api/v1/agents/BOLA_DIR_"
                + unique.incrementAndGet(), Map.of("display_name", "Bola Directory"), tokens.get(r)), adminOnly(201)));
        rules.put("GET /api/v1/agents", new Rule(false, (r, o) -> api.get("/api/v1/agents", tokens.get(r)),
                (r, o) -> Expect.status(r == Role.AGENT ? 403 : 200)));
        rules.put("GET /api/v1/agents/{agent_id}", new Rule(true, (r, o) -> api.get("/api/v1/agents/" + agentOf(o),
                tokens.get(r)), ownedBy(200)));
        rules.put("DELETE /api/v1/agents/{agent_id}", new Rule(false, (r, o) -> {
            String agent = "BOLA_DEL_" + unique.incrementAndGet();
            api.putJson("/api/v1/agents/" + agent, Map.of("display_name", "Bola Gone"), tokens.get(Role.ADMIN));
            return api.delete("/api/v1/agents/" + agent, tokens.get(r));
        }, adminOnly(204)));
        // webhooks are the admin's alone (the target is loopback's discard port: nothing listens, nothing leaves)
        rules.put("POST /api/v1/webhooks", new Rule(false, (r, o) -> api.postJson("/api/v1/webhooks", WEBHOOK,
                tokens.get(r)), adminOnly(201)));
        rules.put("GET /api/v1/webhooks", new Rule(false, (r, o) -> api.get("/api/v1/webhooks", tokens.get(r)),
                adminOnly(200)));
        rules.put("GET /api/v1/webhooks/{webhook_id}", new Rule(false, (r, o) -> api.get("/api/v1/webhooks/"
                + webhook(), tokens.get(r)), adminOnly(200)));
        rules.put("GET /api/v1/webhooks/{webhook_id}/deliveries", new Rule(false, (r, o) ->
                api.get("/api/v1/webhooks/" + webhook() + "/deliveries", tokens.get(r)), adminOnly(200)));
        rules.put("POST /api/v1/webhooks/{webhook_id}/enable", new Rule(false, (r, o) ->
                api.postJson("/api/v1/webhooks/" + webhook() + "/enable", "", tokens.get(r)), adminOnly(200)));
        rules.put("DELETE /api/v1/webhooks/{webhook_id}", new Rule(false, (r, o) -> {
            String created = webhook();
            adminWebhook = null; // the next cell gets a fresh one
            return api.delete("/api/v1/webhooks/" + created, tokens.get(r));
        }, adminOnly(204)));
        // springdoc's own endpoints: the document and Swagger UI's configuration, public
        rules.put("GET /openapi.json", new Rule(false, (r, o) -> api.get("/openapi.json", tokens.get(r)),
                always(200)));
        rules.put("GET /openapi.json/swagger-config", new Rule(false, (r, o) ->
                api.get("/openapi.json/swagger-config", tokens.get(r)), always(200)));
        rules.put("GET /openapi.json.yaml", new Rule(false, (r, o) -> raw("/openapi.json.yaml", r), always(200)));
        rules.put("GET /docs", new Rule(false, (r, o) -> api.get("/docs", tokens.get(r)), always(302)));
        rules.put("WS /ws/sentiment/*", new Rule(true, (r, o) -> socket("/ws/sentiment/" + callOf(o), r, o),
                (r, o) -> Expect.status(r == Role.AGENT && o == Owner.OTHER ? 1001 : 1000)));
        rules.put("WS /ws/calls/*/live", new Rule(true, (r, o) -> socket("/ws/calls/BOLA_LIVE_"
                + unique.incrementAndGet() + "/live?customer_id=CUST_000001&agent_id=" + agentOf(o), r, o),
                (r, o) -> Expect.status(r == Role.AGENT && o == Owner.OTHER ? 403 : 1000)));
        return rules;
    }

    /** A request whose answer is not JSON. */
    private Api.Response raw(String path, Role role) {
        try (com.salescalls.support.RawHttp http = new com.salescalls.support.RawHttp("127.0.0.1", port)) {
            int status = http.get(path, Map.of("Authorization", "Bearer " + tokens.get(role))).status();
            return new Api.Response(status, json.readTree("{}"), null);
        }
    }

    /**
     * A WebSocket cell as a status: the handshake's HTTP status when refused; otherwise 1000 when the first
     * message shows the call (a replay, or a producer's acknowledgement) and 1001 when it is "waiting" (the call
     * is treated as not existing).
     */
    private Api.Response socket(String path, Role role, Owner owner) {
        String separator = path.contains("?") ? "&" : "?";
        URI uri = URI.create("ws://127.0.0.1:" + port + path + separator + "token=" + tokens.get(role));
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    first.complete(text.toString());
                }
                socket.request(1);
                return null;
            }
        };
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, listener).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return new Api.Response(refused.getResponse().statusCode(), json.readTree("{}"), null);
            }
            throw e;
        }
        try {
            JsonNode message = json.readTree(first.get(10, TimeUnit.SECONDS));
            int status = "waiting".equals(message.path("type").asString()) ? 1001 : 1000;
            return new Api.Response(status, message, null);
        } catch (Exception e) {
            throw new IllegalStateException("no first message on " + path, e);
        } finally {
            socket.abort();
        }
    }
}
