package com.salescalls.calls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.insights.AnalyzerVersion;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Posting calls one at a time and in bulk, over HTTP against real PostgreSQL, then their analysis. */
@IntegrationTest
class IngestApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    JdbcClient jdbc;

    String manager;

    @BeforeEach
    void logIn() {
        manager = api.tokenFor("ingest-manager", "password-1");
    }

    static Map<String, Object> textCall(String id, String transcript) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("call_id", id);
        call.put("agent_id", "AGENT_0101");
        call.put("customer_id", "CUST_000101");
        call.put("language", "en");
        call.put("start_time", "2026-05-04T09:30:00Z");
        call.put("duration_seconds", 95);
        call.put("transcript", transcript);
        return call;
    }

    private Api.Response postRaw(String uri, String contentType, String body, String token) {
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post(uri).contentType(contentType)
                    .content(body).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse();
            return new Api.Response(response.getStatus(), json.readTree(response.getContentAsString()), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneCallIsAcceptedThenAnalysedInTheBackground() {
        Api.Response posted = api.postJson("/api/v1/calls", textCall("ing-text-1",
                "Agent: Hi, thanks for joining. What slows your team down today?\n"
                        + "Customer: Honestly the reporting is terrible and I hate how slow it is.\n"
                        + "Dana Smith: I run the finance side.\n"
                        + "Agent: Our dashboards fix exactly that."), manager);
        assertThat(posted.status()).isEqualTo(202);
        assertThat(posted.header("Location")).isEqualTo("/api/v1/calls/ing-text-1");
        assertThat(posted.body().get("call_id").asString()).isEqualTo("ing-text-1");
        assertThat(posted.body().get("analysis_status").asString()).isEqualTo("pending");
        assertThat(posted.body().get("unknown_speakers").get(0).asString()).isEqualTo("Dana Smith");
        assertThat(api.get("/api/v1/calls/ing-text-1", manager).body().get("analysis_status").asString())
                .isEqualTo("pending");

        pipeline.awaitAnalysis(Duration.ofMinutes(10));

        JsonNode call = api.get("/api/v1/calls/ing-text-1", manager).body();
        assertThat(call.get("analysis_status").asString()).isEqualTo("analyzed");
        assertThat(call.get("analysis_version").asInt()).isEqualTo(AnalyzerVersion.CURRENT);
        assertThat(call.has("analysis_error")).isFalse();
        assertThat(call.get("agent_talk_ratio").asDouble()).isBetween(0.5, 1.0);
        assertThat(call.get("customer_sentiment_score").asDouble()).isLessThan(0.0);
        assertThat(call.get("metrics").get("sentiment").get("utterances").findValuesAsString("role"))
                .as("roles in their wire form").containsOnly("agent", "customer").contains("customer");
        assertThat(jdbc.sql("SELECT analysis_count FROM calls WHERE call_id = 'ing-text-1'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void utterancesKeepTheirTimingsAndReadAsATimestampedTranscript() {
        Map<String, Object> call = textCall("ing-utt-1", null);
        call.remove("transcript");
        call.remove("duration_seconds");
        call.put("utterances", List.of(
                Map.of("speaker", "Agent", "text", "Good morning, how can I help?", "start_ms", 0, "end_ms", 2500),
                Map.of("speaker", "Customer", "text", "We need\na better Zanzibarware.", "start_ms", 65_000, "end_ms", 69_400)));
        Api.Response posted = api.postJson("/api/v1/calls", call, manager);
        assertThat(posted.status()).isEqualTo(202);
        pipeline.awaitAnalysis(Duration.ofMinutes(10));

        JsonNode stored = api.get("/api/v1/calls/ing-utt-1", manager).body();
        assertThat(stored.get("duration_seconds").asInt()).as("from the last end_ms, rounded up").isEqualTo(70);
        assertThat(stored.get("transcript").asString()).isEqualTo(
                "[00:00:00] Agent: Good morning, how can I help?\n[00:01:05] Customer: We need a better Zanzibarware.");
        assertThat(stored.get("utterances").get(1).get("start_ms").asLong()).isEqualTo(65_000);
        assertThat(stored.get("utterances").get(1).get("end_ms").asLong()).isEqualTo(69_400);
        assertThat(stored.get("analysis_status").asString()).isEqualTo("analyzed");
        assertThat(api.get("/api/v1/calls?q=zanzibarware", manager).body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void rePostingTheSameCallReturnsItAndOtherContentConflicts() {
        Map<String, Object> call = textCall("ing-idem-1", "Agent: Hello.\nCustomer: Hi there, great to talk.");
        assertThat(api.postJson("/api/v1/calls", call, manager).status()).isEqualTo(202);
        call.put("start_time", "2026-05-04T11:30:00+02:00"); // the same instant, written differently

        Api.Response again = api.postJson("/api/v1/calls", call, manager);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("call_id").asString()).isEqualTo("ing-idem-1");
        assertThat(again.body().get("transcript").asString()).startsWith("Agent: Hello.");

        call.put("transcript", "Agent: Hello.\nCustomer: Different words this time.");
        Api.Response conflict = api.postJson("/api/v1/calls", call, manager);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("detail").asString()).contains("ing-idem-1", "different content");
        assertThat(api.get("/api/v1/calls/ing-idem-1", manager).body().get("transcript").asString())
                .contains("great to talk");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "call_id||call_id", "call_id|bad id!|call_id", "agent_id||agent_id", "customer_id|a b|customer_id",
            "start_time|yesterday|start_time", "start_time||start_time", "duration_seconds|-1|duration_seconds",
            "duration_seconds|86401|duration_seconds", "language|english!|language", "transcript|   |transcript",
            "transcript||transcript"})
    void rejectsABadFieldWith422NamingIt(String field, String value, String named) {
        Map<String, Object> call = textCall("ing-bad-1", "Agent: Hello.");
        if (value == null) {
            call.remove(field);
        } else {
            call.put(field, field.equals("duration_seconds") ? Integer.valueOf(value) : value);
        }
        Api.Response response = api.postJson("/api/v1/calls", call, manager);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("errors").findValuesAsString("parameter")).contains(named);
        assertThat(api.get("/api/v1/calls/ing-bad-1", manager).status()).isEqualTo(404);
    }

    @Test
    void rejectsBothOrNeitherTranscriptFormAndBadTimings() {
        Map<String, Object> both = textCall("ing-bad-2", "Agent: Hi.");
        both.put("utterances", List.of(Map.of("speaker", "Agent", "text", "Hi.")));
        assertThat(api.postJson("/api/v1/calls", both, manager).body().get("detail").asString())
                .contains("exactly one of transcript");

        Map<String, Object> timings = textCall("ing-bad-3", null);
        timings.remove("transcript");
        timings.put("utterances", List.of(Map.of("speaker", "Agent", "text", "Hi.", "start_ms", 5000,
                "end_ms", 4000), Map.of("speaker", " ", "text", "")));
        Api.Response response = api.postJson("/api/v1/calls", timings, manager);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("errors").findValuesAsString("parameter")).containsExactlyInAnyOrder(
                "utterances[0].end_ms", "utterances[1].speaker", "utterances[1].text");
        assertThat(api.postJson("/api/v1/calls", "{not json", manager).status()).isEqualTo(400);

        Map<String, Object> unordered = textCall("ing-bad-4", null);
        unordered.remove("transcript");
        unordered.put("utterances", List.of(Map.of("speaker", "Agent", "text", "Hi.", "start_ms", 9000, "end_ms", 9500),
                Map.of("speaker", "Customer", "text", "Hello.", "start_ms", 1000, "end_ms", 1500)));
        assertThat(api.postJson("/api/v1/calls", unordered, manager).status())
                .as("timings the analysis would reject are refused before storing").isEqualTo(422);
        assertThat(api.get("/api/v1/calls/ing-bad-4", manager).status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsAndManagersIngest() {
        String agent = api.tokenFor("ingest-agent", "password-1");
        api.patchJson("/api/v1/admin/users/ingest-agent", Map.of("role", "agent", "agent_id", "AGENT_0101"),
                api.adminToken());
        assertThat(api.postJson("/api/v1/calls", textCall("ing-role-1", "Agent: Hi."), agent).status())
                .isEqualTo(403);
        assertThat(postRaw("/api/v1/calls/bulk", "application/x-ndjson", "{}", agent).status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/calls", textCall("ing-role-1", "Agent: Hi."), api.adminToken()).status())
                .isEqualTo(202);
    }

    @Test
    void bulkNdjsonStoresGoodLinesAndReportsEachBadLineByNumber() {
        String body = String.join("\n",
                json.writeValueAsString(textCall("ing-bulk-1", "Agent: One.\nCustomer: Lovely.")),
                "",
                "{this is not json",
                json.writeValueAsString(textCall("ing-bulk-2", "Agent: Two.\nDana Smith: Hmm.")),
                json.writeValueAsString(textCall("bad id", "Agent: Three.")),
                "[1, 2]",
                json.writeValueAsString(textCall("ing-bulk-2", "Agent: Two, but changed.")),
                json.writeValueAsString(textCall("ing-bulk-1", "Agent: One.\nCustomer: Lovely.")));
        Api.Response response = postRaw("/api/v1/calls/bulk", "application/x-ndjson", body, manager);

        assertThat(response.status()).isEqualTo(202);
        JsonNode report = response.body();
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("already_stored").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(report.get("truncated").asBoolean()).isFalse();
        List<String> lines = new ArrayList<>();
        report.get("calls").forEach(c -> lines.add(c.get("line").asInt() + ":" + c.get("call_id").asString() + ":"
                + c.get("status").asString()));
        assertThat(lines).containsExactly("1:ing-bulk-1:accepted", "4:ing-bulk-2:accepted",
                "8:ing-bulk-1:already_stored");
        assertThat(report.get("calls").get(1).get("unknown_speakers").get(0).asString()).isEqualTo("Dana Smith");
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("reason").asString()));
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("3:not valid JSON");
        assertThat(errors.get(1)).startsWith("5:call_id: must be 1-64 characters");
        assertThat(errors.get(2)).startsWith("6:must be a JSON object");
        assertThat(errors.get(3)).startsWith("7:").contains("different content");
        assertThat(api.get("/api/v1/calls/ing-bulk-2", manager).body().get("transcript").asString())
                .isEqualTo("Agent: Two.\nDana Smith: Hmm.");
    }

    @Test
    void bulkReportsALineWithANulCharacterAndStoresTheGoodOne() {
        String body = json.writeValueAsString(textCall("ing-nul-good", "Agent: Fine.\nCustomer: Good."))
                + "\n" + json.writeValueAsString(textCall("ing-nul-bad", "Agent: Broken\u0000text."));
        Api.Response response = postRaw("/api/v1/calls/bulk", "application/x-ndjson", body, manager);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body().get("accepted").asInt()).isEqualTo(1);
        assertThat(response.body().get("rejected").asInt()).isEqualTo(1);
        JsonNode error = response.body().get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("call_id").asString()).isEqualTo("ing-nul-bad");
        assertThat(error.get("reason").asString()).startsWith("transcript:").contains("NUL");
        assertThat(api.get("/api/v1/calls/ing-nul-good", manager).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/calls/ing-nul-bad", manager).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/calls|{\"transcript\": \"Agent: a\\u0000b\"}|transcript",
            "/api/v1/calls|{\"utterances\": [{\"speaker\": \"Agent\", \"text\": \"a\\ud800b\"}]}|utterances[0].text",
            "/api/v1/calls|{\"utterances\": [{\"speaker\": \"Ag\\u0000ent\", \"text\": \"hi\"}]}|utterances[0].speaker",
            "/api/v1/calls|{\"transcript\": \"Agent: a\\udc00\"}|transcript",
            "/api/v1/analyze|{\"utterances\": [{\"speaker\": \"Agent\", \"text\": \"Hi \\ud83d there\"}]}|utterances[0].text",
            "/api/v1/analyze|{\"transcript\": \"Agent: a\\u0000b\"}|transcript"})
    void rejectsNulAndLoneSurrogatesInTextWith422NamingTheField(String uri, String transcript, String field) {
        String body = uri.endsWith("analyze") ? transcript : transcript.replaceFirst("^\\{",
                "{\"call_id\": \"ing-nul-1\", \"agent_id\": \"AGENT_0101\", \"customer_id\": \"CUST_000101\", "
                        + "\"start_time\": \"2026-05-04T09:30:00Z\", \"duration_seconds\": 60, ");
        Api.Response response = postRaw(uri, "application/json", body, manager);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("errors").findValuesAsString("parameter")).containsExactly(field);
        assertThat(api.get("/api/v1/calls/ing-nul-1", manager).status()).isEqualTo(404);
    }

    @Test
    void bulkJsonArrayLargerThanTheGlobalBodyLimitIsStored() {
        StringBuilder body = new StringBuilder("[");
        String filler = "Agent: We talked about pricing, onboarding and the renewal terms at length today.\n"
                .repeat(60);
        int count = 250; // about 1.3 MB, beyond the 1 MB MAX_BODY_SIZE
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append(json.writeValueAsString(textCall("ing-array-" + i,
                    filler + "Customer: Call " + i + " sounds good.")));
        }
        body.append("]");
        assertThat(body.length()).isGreaterThan(1_100_000);

        Api.Response response = postRaw("/api/v1/calls/bulk", "application/json", body.toString(), manager);
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body().get("accepted").asInt()).isEqualTo(count);
        assertThat(response.body().get("calls").get(count - 1).get("line").asInt()).isEqualTo(count);
        assertThat(api.postJson("/api/v1/calls", "{\"transcript\": \"" + "a".repeat(1_100_000) + "\"}", manager)
                .status()).as("the global limit still holds elsewhere").isEqualTo(413);
        jdbc.sql("DELETE FROM calls WHERE call_id LIKE 'ing-array-%'").update(); // spare later drains the work
    }

    @Test
    void analyzeReturnsTheAnalysisAndStoresNothing() {
        long before = calls.count();
        Map<String, Object> request = Map.of("utterances", List.of(
                Map.of("speaker", "Agent", "text", "Would Tuesday work for a demo?", "start_ms", 0, "end_ms", 3000),
                Map.of("speaker", "Customer", "text", "Yes, that is great, thank you!", "start_ms", 3500,
                        "end_ms", 6000),
                Map.of("speaker", "Narrator", "text", "They hang up.", "start_ms", 6000, "end_ms", 7000)));
        Api.Response response = api.postJson("/api/v1/analyze", request, manager);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("customer_sentiment_score").asDouble()).isGreaterThan(0.5);
        assertThat(response.body().get("agent_talk_ratio").asDouble()).isBetween(0.0, 1.0);
        assertThat(response.body().get("unknown_speakers").get(0).asString()).isEqualTo("Narrator");
        assertThat(response.body().get("analysis_version").asInt()).isEqualTo(AnalyzerVersion.CURRENT);
        assertThat(response.body().has("embedding")).isFalse();
        assertThat(api.postJson("/api/v1/analyze?include=embedding", request, manager).body().get("embedding"))
                .hasSize(384);
        assertThat(api.postJson("/api/v1/analyze", Map.of("transcript", " "), manager).status()).isEqualTo(422);
        assertThat(calls.count()).isEqualTo(before);
    }

    @Test
    void tooManyIngestRequestsAreRefusedWith429AndRetryAfter() {
        String token = api.tokenFor("ingest-flood", "password-1");
        Api.Response last = null;
        for (int i = 0; i < 500 && (last == null || last.status() != 429); i++) {
            last = api.postJson("/api/v1/analyze", Map.of("transcript", ""), token);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(api.postJson("/api/v1/analyze", Map.of("transcript", "Agent: hi"), manager).status())
                .as("other users keep their own allowance").isEqualTo(200);
    }
}
