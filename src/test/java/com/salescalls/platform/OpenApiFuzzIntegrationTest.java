package com.salescalls.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.calls.CallService;
import com.salescalls.calls.NewCall;
import com.salescalls.support.Api;
import com.salescalls.support.RawHttp;
import com.salescalls.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema-driven fuzzing from the product's own {@code /openapi.json}: every operation and every parameter gets
 * wrong types, boundaries, huge and empty values, unicode and control characters, full-text and SQL
 * metacharacters, path traversal, broken percent escapes, bad and deeply nested JSON, duplicate keys and wrong
 * content types, from a fixed seed so a failure repeats. No answer may be a 5xx, and every 4xx must be an RFC
 * 9457 problem whose status the document lists for that operation.
 */
@ServerIntegrationTest
class OpenApiFuzzIntegrationTest {

    static final long SEED = 18;
    /** The bound: at least 10,000 requests, here every one different from the others its runner sent. */
    static final int REQUESTS = 10_000;
    static final int RUNNERS = 3;

    /** How often a runner draws again when it drew a request it already sent, before it moves on. */
    static final int REDRAWS = 8;

    private static final JsonMapper WRITER = JsonMapper.builder().build();

    /** Operations that start real work on every valid call: fuzzed, but a few times only. */
    private static final Set<String> COSTLY = Set.of("POST /api/v1/analytics/recalculate");

    /** Operations that hash a password or run the model on a valid call: fuzzed one round in four. */
    private static final Set<String> SLOW = Set.of("POST /auth/login", "POST /auth/register",
            "POST /api/v1/admin/users", "POST /api/v1/analyze", "POST /api/v1/calls", "POST /api/v1/calls/bulk",
            "POST /auth/password", "POST /auth/logout");

    /** Strings hostile to some layer: SQL, tsquery, paths, encodings, the JVM's number parsing, dates. */
    static final List<String> HOSTILE = List.of("", " ", "abc", "-1", "0", "1", "101", "2147483648",
            "-2147483649", "9999999999999999999999", "1.5", "1e309", "-0", "NaN", "Infinity", "0x10", "true",
            "null", "[]", "{}", "' OR 1=1--", "'; DROP TABLE calls;--", "\" OR \"\"=\"", "%", "_", "\\", "a:*",
            "!!", "a & | b", "<->", "(((", ")", "-", "\"", "or", "a -b \"c", "../../etc/passwd", "..\\..\\win.ini",
            "/", "//", ";", "%2e%2e%2f", "ü", "😀", "\u202etxt", "𝕏𝕐", "\u0301", "\uFEFF", "\u0001", "\t", "\n", "\r\n",
            "\u007f", "\u0085", "\u2028", "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31",
            "+999999999-12-31", "-999999999-01-01", "2026-01-01T25:00:00Z", "2026-01-01T10:00:00+25:00",
            "2026-03-01T10:00:00Z", "2026-03-01", "AGENT_0001", "CALL_00000001", "embedding", "keyword", "semantic",
            "hybrid", "-start_time", "relevance", "avg_sentiment", "-avg_sentiment", "admin", "agent", "manager");

    /** Raw (already encoded) values that only a raw request line can carry. */
    static final List<String> RAW = List.of("%00", "a%00b", "%FF", "%ED%A0%80", "%C0%AF", "%zz", "%", "%2", "%E2%82",
            "%0A", "%0D%0A", "%1F", "%7F", "%2F", "%5C", "%25", "a+b", "%2B999999999-12-31");

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    private final java.util.concurrent.atomic.AtomicInteger repeats = new java.util.concurrent.atomic.AtomicInteger();

    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method + " " + path;
        }
    }

    record Case(String method, String target, Map<String, String> headers, byte[] body, String label) {
        long fingerprint() {
            return (long) (method + ' ' + target + ' ' + headers).hashCode() << 32 ^ java.util.Arrays.hashCode(body);
        }
    }

    @Test
    void noOperationAnswers5xxAndEveryClientErrorIsADocumentedProblem() {
        seedData();
        String admin = api.adminToken();
        String self = api.tokenFor("fuzz-self", "fuzz-password-1");
        try (RawHttp http = new RawHttp("127.0.0.1", port)) {
            JsonNode spec = json.readTree(http.get("/openapi.json", Map.of()).text());
            List<Operation> operations = operations(spec);
            assertThat(operations).hasSizeGreaterThan(15);
            assertSnakeCaseSchemas(spec);
            Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
            Map<String, Long> millis = new java.util.concurrent.ConcurrentHashMap<>();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
            long started = System.nanoTime();
            // a few connections at once, each with its own seeded generator: the run is the same every time
            List<Thread> runners = new ArrayList<>();
            for (int runner = 0; runner < RUNNERS; runner++) {
                Random random = new Random(SEED + runner);
                runners.add(Thread.ofPlatform().start(() -> {
                    try (RawHttp connection = new RawHttp("127.0.0.1", port)) {
                        fuzz(connection, random, spec, admin, self, operations, statuses, millis, failures, counter);
                    }
                }));
            }
            for (Thread runner : runners) {
                try {
                    runner.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            int sent = counter.get();
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            System.out.printf("Fuzzed %d requests (%d of them repeats a runner sent before) over %d operations in %d s"
                    + " (seed %d)%n", sent, repeats.get(), operations.size(), seconds, SEED);
            statuses.forEach((key, count) -> System.out.println("  " + key + ": " + count));
            millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                    .forEach(entry -> System.out.printf("  time in %s: %d ms%n", entry.getKey(), entry.getValue()));
            assertThat(sent).isGreaterThanOrEqualTo(10_000);
            assertThat(failures).isEmpty();
        }
    }

    private void fuzz(RawHttp http, Random random, JsonNode spec, String admin, String self,
            List<Operation> operations,
            Map<String, Integer> statuses, Map<String, Long> millis, List<String> failures,
            java.util.concurrent.atomic.AtomicInteger counter) {
        int ownCostly = 0;
        // the requests this runner sent, by a 64-bit fingerprint: a repeat proves nothing new, so it is drawn again
        Set<Long> sent = new java.util.HashSet<>();
        for (int round = 0; counter.get() < REQUESTS; round++) {
            for (Operation operation : operations) {
                if (COSTLY.contains(operation.key()) && ownCostly++ > 2
                        || SLOW.contains(operation.key()) && round % 4 != 0) {
                    continue;
                }
                if (counter.getAndIncrement() >= REQUESTS) {
                    counter.decrementAndGet();
                    return;
                }
                // ending or re-keying a session is tried on a user of its own, never on the admin the run uses
                String token = operation.path().matches("/auth/(logout|password)") ? self : admin;
                CaseGenerator generator = new CaseGenerator(random, spec, token);
                Case request = generator.generate(operation);
                boolean fresh = sent.add(request.fingerprint());
                for (int redraw = 0; !fresh && redraw < REDRAWS; redraw++) {
                    request = generator.generate(operation);
                    fresh = sent.add(request.fingerprint());
                }
                if (!fresh) {
                    repeats.incrementAndGet();
                }
                long sending = System.nanoTime();
                RawHttp.Response response = http.send(request.method(), request.target(), request.headers(),
                        request.body());
                millis.merge(operation.key() + " (" + request.label().split(" ")[0] + ")",
                        (System.nanoTime() - sending) / 1_000_000, Long::sum);
                statuses.merge(operation.key() + " " + response.status(), 1, Integer::sum);
                String problem = check(operation, response);
                if (problem != null && failures.size() < 40) {
                    failures.add(problem + " <- " + request.label() + " " + request.method() + " "
                            + abbreviate(request.target()) + " body " + abbreviate(new String(request.body(),
                            StandardCharsets.UTF_8)) + " -> " + abbreviate(response.text()));
                }
            }
        }
    }

    private void seedData() {
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
        calls.ingest(List.of(
                new NewCall("FUZZ_CALL_1", "AGENT_0001", "CUST_000001", "en", start, 60,
                        "Agent: Hello, how is the pricing working for you?\nCustomer: It is a bit expensive."),
                new NewCall("FUZZ_CALL_2", "AGENT_0002", "CUST_000002", "en", start.plusDays(1), 90,
                        "Agent: Thanks for joining.\nCustomer: Happy to, the demo was great.")));
        pipeline.awaitAnalysis(Duration.ofMinutes(10));
        api.postJson("/api/v1/admin/users", Map.of("username", "fuzz-target", "email", "fuzz-target@example.com",
                "password", "fuzz-password-1", "role", "manager"), api.adminToken());
    }

    /** The document names fields as the API reads and writes them. */
    private static void assertSnakeCaseSchemas(JsonNode spec) {
        List<String> camel = new ArrayList<>();
        spec.path("components").path("schemas").properties().forEach(schema -> schema.getValue().path("properties")
                .propertyNames().forEach(name -> {
                    if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                        camel.add(schema.getKey() + "." + name);
                    }
                }));
        assertThat(camel).isEmpty();
        assertThat(spec.at("/components/schemas/TokenPair/properties").has("access_token")).isTrue();
    }

    /** Null when the answer is acceptable; otherwise what is wrong with it. */
    private String check(Operation operation, RawHttp.Response response) {
        int status = response.status();
        if (status >= 500) {
            return "5xx " + status;
        }
        if (status < 400) {
            return null;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return status + " without a problem body (" + response.contentType() + ")";
        }
        JsonNode body;
        try {
            body = json.readTree(response.text());
        } catch (RuntimeException e) {
            return status + " with an unreadable problem body";
        }
        if (body.path("status").asInt() != status || body.path("detail").asString("").isBlank()) {
            return status + " problem without matching status or a detail";
        }
        if (!operation.spec().path("responses").has(String.valueOf(status))) {
            return status + " not documented for " + operation.key();
        }
        return null;
    }

    private static List<Operation> operations(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "·");
        return clean.length() > 160 ? clean.substring(0, 160) + "…" : clean;
    }

    /** One request for one operation: valid by the schema, then (mostly) broken in one place. */
    static final class CaseGenerator {

        private final Random random;
        private final JsonNode spec;
        private final String token;

        CaseGenerator(Random random, JsonNode spec, String token) {
            this.random = random;
            this.spec = spec;
            this.token = token;
        }

        Case generate(Operation operation) {
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode parameter : operation.spec().path("parameters")) {
                String name = parameter.get("name").asString();
                String in = parameter.get("in").asString();
                if (in.equals("path")) {
                    path.put(name, encode(validValue(name, parameter.path("schema"))));
                } else if (in.equals("query") && (parameter.path("required").asBoolean() || random.nextBoolean())) {
                    query.put(name, encode(validValue(name, parameter.path("schema"))));
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + token);
            headers.put("Accept", "application/json, application/problem+json");
            JsonNode content = operation.spec().path("requestBody").path("content");
            String contentType = content.isObject() && !content.isEmpty() ? content.propertyNames().iterator().next()
                    : null;
            String body = contentType == null ? "" : validBody(content.get(contentType).path("schema"), contentType);
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            String label;
            int kind = random.nextInt(20);
            List<String> parameterNames = new ArrayList<>(path.keySet());
            parameterNames.addAll(queryNames(operation));
            if (kind == 0) {
                label = "valid";
            } else if (kind <= 8 && !parameterNames.isEmpty()) {
                String name = parameterNames.get(random.nextInt(parameterNames.size()));
                String value = random.nextInt(4) == 0 ? pick(RAW) : encode(hostile());
                if (path.containsKey(name)) {
                    path.put(name, random.nextInt(10) == 0 ? pick(List.of("..", ".", "%2e%2e", "a/..", "")) : value);
                } else {
                    query.put(name, value);
                }
                label = "parameter " + name;
            } else if (kind <= 13 && contentType != null) {
                body = brokenBody(content.get(contentType).path("schema"), contentType, body);
                label = "body";
            } else if (kind == 14) {
                headers.put("Content-Type", pick(List.of("text/plain", "application/xml", "multipart/form-data",
                        "*/*", "application/*", "application/json;charset=utf-16", ";;;", "application/x-ndjson",
                        "application/x-www-form-urlencoded", "multipart/mixed; boundary=x", "text/html")));
                label = "content type";
            } else if (kind == 15) {
                headers.put("Authorization", pick(List.of("Bearer ", "Bearer x.y.z", "Basic YTpi", "Bearer "
                        + "a".repeat(9000), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJyb290LWFkbWluIn0.", token + "x")));
                label = "token";
            } else if (kind == 16) {
                headers.put("Accept", pick(List.of("application/xml", "text/html", "image/png", "*/*",
                        "application/json;q=0", "garbage")));
                label = "accept";
            } else if (kind == 17) {
                query.put(pick(List.of("unknown", "limit", "q", "%00", "a[b]", "__proto__")), encode(hostile()));
                String duplicate = parameterNames.isEmpty() ? "x" : parameterNames.get(0);
                query.put(duplicate + "=1&" + duplicate, encode(hostile()));
                label = "extra parameters";
            } else {
                String name = parameterNames.isEmpty() ? "q" : parameterNames.get(random.nextInt(parameterNames.size()));
                query.put(name, encode(pick(List.of("x".repeat(3_000), "ü".repeat(700), "%".repeat(1)))));
                label = "huge parameter";
            }
            String target = operation.path();
            for (Map.Entry<String, String> entry : path.entrySet()) {
                target = target.replace("{" + entry.getKey() + "}", entry.getValue());
            }
            if (!query.isEmpty()) {
                StringBuilder q = new StringBuilder();
                query.forEach((name, value) -> q.append(q.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(value));
                target += q;
            }
            return new Case(operation.method(), target, headers, body.getBytes(StandardCharsets.UTF_8), label);
        }

        private List<String> queryNames(Operation operation) {
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : operation.spec().path("parameters")) {
                if (parameter.get("in").asString().equals("query")) {
                    names.add(parameter.get("name").asString());
                }
            }
            return names;
        }

        private String hostile() {
            return pick(HOSTILE);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private String validValue(String name, JsonNode schema) {
            return switch (name) {
                case "call_id" -> pick(List.of("FUZZ_CALL_1", "FUZZ_CALL_2", "NO_SUCH_CALL"));
                case "agent_id" -> pick(List.of("AGENT_0001", "AGENT_0002"));
                case "customer_id" -> "CUST_000001";
                case "username" -> "fuzz-target";
                case "job_id" -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
                case "language" -> "en";
                case "from_date" -> "2026-01-01";
                case "to_date" -> "2026-06-30";
                case "q" -> pick(List.of("pricing", "demo great", "\"expensive\""));
                case "mode" -> pick(List.of("keyword", "semantic", "hybrid"));
                case "include" -> "embedding";
                case "sort" -> "-start_time";
                case "min_sentiment" -> "-0.5";
                case "max_sentiment" -> "0.9";
                default -> byType(schema);
            };
        }

        private String byType(JsonNode schema) {
            JsonNode resolved = resolve(schema);
            if (resolved.has("default")) {
                return resolved.get("default").asString();
            }
            return switch (resolved.path("type").asString("string")) {
                case "integer" -> String.valueOf(Math.max(resolved.path("minimum").asInt(0), 1));
                case "number" -> "0.5";
                case "boolean" -> "true";
                default -> "value";
            };
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            return ref.isEmpty() ? schema : spec.at(ref.substring(1));
        }

        private String validBody(JsonNode schema, String contentType) {
            Map<String, Object> fields = validFields(resolve(schema));
            if (contentType.equals("application/x-www-form-urlencoded")) {
                StringBuilder form = new StringBuilder();
                fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(name).append('=')
                        .append(encode(String.valueOf(value))));
                return form.toString();
            }
            String one = writeJson(fields);
            if (contentType.equals("application/x-ndjson")) {
                return one + "\n" + one + "\n";
            }
            return one;
        }

        private Map<String, Object> validFields(JsonNode schema) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (schema.path("type").asString("").equals("array")) {
                return validFields(resolve(schema.path("items")));
            }
            schema.path("properties").properties().forEach(property -> {
                String name = property.getKey();
                fields.put(name, switch (name) {
                    case "call_id" -> "FUZZ_NEW_" + random.nextInt(1_000_000);
                    case "agent_id" -> "AGENT_0001";
                    case "customer_id" -> "CUST_000001";
                    case "language" -> "en";
                    case "start_time" -> "2026-03-01T10:00:00Z";
                    case "duration_seconds" -> 60;
                    case "transcript" -> "Agent: Hello there.\nCustomer: Hi, the price is fine.";
                    case "username" -> "fuzz-user-" + random.nextInt(1000);
                    case "email" -> "fuzz" + random.nextInt(1_000_000) + "@example.com";
                    case "password", "current_password", "new_password" -> "fuzz-password-1";
                    case "role" -> "manager";
                    case "refresh_token" -> "not-a-token";
                    default -> sample(resolve(property.getValue()));
                });
            });
            // one transcript form only: utterances are tried as hostile values
            if (fields.containsKey("transcript")) {
                fields.remove("utterances");
            }
            if ("manager".equals(fields.get("role"))) {
                fields.remove("agent_id");
            }
            return fields;
        }

        private Object sample(JsonNode schema) {
            return switch (schema.path("type").asString("string")) {
                case "integer" -> 1;
                case "number" -> 0.5;
                case "boolean" -> true;
                case "array" -> List.of();
                case "object" -> Map.of();
                default -> "value";
            };
        }

        private String brokenBody(JsonNode schema, String contentType, String valid) {
            if (contentType.equals("application/x-www-form-urlencoded")) {
                return pick(List.of("username=%zz&password=50%off", "username=a%00b&password=x", "=&=&&",
                        "username=" + "a".repeat(5000) + "&password=x", "password=only", "%FF%FE=1",
                        "username=fuzz&password=" + encode(hostile()), "username=" + encode(hostile()) + "&password=p"));
            }
            int kind = random.nextInt(8);
            return switch (kind) {
                case 0 -> pick(List.of("", "{", "[", "}", "null", "\"text\"", "123", "true", "{\"a\":}", "{'a':1}",
                        "{\"a\":1,}", "\uFEFF{}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u00\"}", "{} {}", "[{}]",
                        "{\"a\":1e99999}"));
                case 1 -> "[".repeat(5_000) + "]".repeat(5_000);
                case 2 -> "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
                case 3 -> valid.replaceFirst("\\{", "{\"" + firstField(valid) + "\":\"dup\",");
                default -> mutateField(schema, contentType);
            };
        }

        private String firstField(String json) {
            int start = json.indexOf('"');
            int end = start < 0 ? -1 : json.indexOf('"', start + 1);
            return end < 0 ? "a" : json.substring(start + 1, end);
        }

        private String mutateField(JsonNode schema, String contentType) {
            JsonNode resolved = resolve(schema);
            Map<String, Object> fields = validFields(resolved);
            List<String> names = new ArrayList<>(fields.keySet());
            if (names.isEmpty()) {
                return "{\"unknown\": " + writeJson(hostile()) + "}";
            }
            String name = pick(names);
            Object value = switch (random.nextInt(9)) {
                case 0 -> null;
                case 1 -> random.nextInt(3) == 0 ? Long.MAX_VALUE : -1;
                case 2 -> List.of(hostile(), 1);
                case 3 -> Map.of("nested", hostile());
                case 4 -> "x".repeat(random.nextInt(3) == 0 ? 300_000 : 5_000);
                case 5 -> random.nextBoolean();
                case 6 -> 1.0e300;
                case 7 -> List.of(Map.of("speaker", hostile(), "text", hostile(), "start_ms", -5, "end_ms", "x"));
                // NUL (which PostgreSQL refuses in text) into every body: call text, accounts, tokens, webhooks
                default -> random.nextBoolean() ? pick(List.of("\u0000", "a\u0000b", "x@y.z\u0000")) : hostile();
            };
            if (random.nextInt(5) == 0) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
            String one = writeJson(fields);
            return contentType.equals("application/x-ndjson") ? one + "\n{broken\n" + one + "\n" : one;
        }

        private static String writeJson(Object value) {
            return WRITER.writeValueAsString(value);
        }
    }
}
