package com.salescalls.calls;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV exports read back by Apache Commons CSV (not by our writer's own logic) and held against the JSON of the
 * same request: same rows, same order, same values, except that text cells a spreadsheet would run as a formula
 * carry a leading {@code '}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvExportIntegrationTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    Api api;

    @Autowired
    CallService calls;

    @Autowired
    AnalysisService pipeline;

    String admin;

    @BeforeAll
    void storeCalls() {
        admin = api.adminToken();
        List<NewCall> batch = new ArrayList<>();
        batch.add(new NewCall("csv-1", "CSV_AGENT_1", "-CUST_1", "en", WHEN, 60,
                "Agent: =HYPERLINK(\"http://evil.example\",\"click\"), she said.\nCustomer: This is awful, "
                        + "terrible, I hate it."));
        batch.add(new NewCall("csv-2", "CSV_AGENT_1", "CUST_2", "en", WHEN.plusHours(1), 90,
                "=SUM(A1:A9)\nAgent: Hello, \"friend\"; how are you?\nCustomer: +1 great, love it!"));
        batch.add(new NewCall("csv-3", "CSV_AGENT_2", "CUST_3", "de", WHEN.plusHours(2), 30,
                "Agent: Hi.\nCustomer: Fine."));
        for (int i = 0; i <= IntegrationTest.CSV_MAX_ROWS; i++) {
            batch.add(new NewCall("csv-big-" + i, "CSV_AGENT_BIG", "CUST_9", "en", WHEN.plusMinutes(i), 30,
                    "Agent: Hi.\nCustomer: Fine."));
        }
        calls.ingest(batch);
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
    }

    @Test
    void theCsvOfACallListHoldsTheSameRowsAndValuesAsItsJson() throws IOException {
        JsonNode json = api.get("/api/v1/calls?agent_id=CSV_AGENT_1&limit=100", admin).body().get("calls");
        Api.Response csv = api.send(MockMvcRequestBuilders.get("/api/v1/calls?agent_id=CSV_AGENT_1")
                .accept("text/csv"), admin);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).contains("\r\n");
        List<CSVRecord> rows = parse(csv.text());
        assertThat(rows).hasSize(json.size()).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            assertSameCall(rows.get(i), json.get(i));
        }
        CSVRecord first = rows.stream().filter(r -> r.get("call_id").equals("csv-1")).findFirst().orElseThrow();
        assertThat(first.get("customer_id")).isEqualTo("'-CUST_1");
        assertThat(first.get("transcript")).startsWith("Agent: =HYPERLINK(\"http");
        assertThat(Double.parseDouble(first.get("customer_sentiment_score"))).isNegative(); // a number, not prefixed
        CSVRecord second = rows.stream().filter(r -> r.get("call_id").equals("csv-2")).findFirst().orElseThrow();
        assertThat(second.get("transcript")).startsWith("'=SUM(A1:A9)\nAgent: Hello, \"friend\";");
    }

    @Test
    void formatCsvGivesTheSameFileAsTheAcceptHeader() {
        String byAccept = api.send(MockMvcRequestBuilders.get("/api/v1/calls?agent_id=CSV_AGENT_1").accept("text/csv"),
                admin).text();
        String byParameter = api.get("/api/v1/calls?agent_id=CSV_AGENT_1&format=csv", admin).text();

        assertThat(byParameter).isEqualTo(byAccept);
        assertThat(api.get("/api/v1/calls?format=xml", admin).status()).isEqualTo(422);
        Api.Response leaderboard = api.get("/api/v1/analytics/agents?format=xml", admin);
        assertThat(leaderboard.status()).isEqualTo(422);
        assertThat(leaderboard.body().toString()).contains("format").contains("must be json or csv");
        assertThat(api.get("/api/v1/analytics/agents?format=json", admin).status()).isEqualTo(200);
    }

    @Test
    void anAgentUsersExportHoldsOnlyItsOwnCalls() throws IOException {
        String agent = api.tokenFor("csv-agent", "password-1");
        api.patchJson("/api/v1/admin/users/csv-agent", Map.of("role", "agent", "agent_id", "CSV_AGENT_2"), admin);

        List<CSVRecord> rows = parse(api.get("/api/v1/calls?format=csv&language=de", agent).text());

        assertThat(rows).extracting(r -> r.get("agent_id")).containsOnly("CSV_AGENT_2");
        assertThat(rows).extracting(r -> r.get("call_id")).contains("csv-3");
    }

    @Test
    void anExportOfMoreRowsThanAllowedIsRefusedWhole() {
        Api.Response response = api.get("/api/v1/calls?agent_id=CSV_AGENT_BIG&format=csv", admin);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("detail").asString()).contains((IntegrationTest.CSV_MAX_ROWS + 1) + " rows match");
    }

    @Test
    void theLeaderboardCsvHoldsTheSameAgentsAndFiguresAsItsJson() throws IOException {
        JsonNode json = api.get("/api/v1/analytics/agents", admin).body().get("agents");
        List<CSVRecord> rows = parse(api.send(MockMvcRequestBuilders.get("/api/v1/analytics/agents")
                .accept("text/csv"), admin).text());

        assertThat(rows).hasSize(json.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode agent = json.get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("agent_id")).isEqualTo(agent.get("agent_id").asString());
            assertThat(row.get("total_calls")).isEqualTo(agent.get("total_calls").asString());
            assertNumber(row.get("avg_sentiment"), agent.get("avg_sentiment"));
            assertNumber(row.get("avg_talk_ratio"), agent.get("avg_talk_ratio"));
            agent.get("percentile_ranks").properties().forEach(rank ->
                    assertNumber(row.get("percentile_rank_" + rank.getKey()), rank.getValue()));
        }
        assertThat(rows).extracting(r -> r.get("agent_id")).contains("CSV_AGENT_1", "CSV_AGENT_2");
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static void assertSameCall(CSVRecord row, JsonNode call) {
        for (String field : List.of("call_id", "agent_id", "language", "analysis_status")) {
            assertThat(row.get(field)).as(field).isEqualTo(call.get(field).asString());
        }
        assertThat(row.get("customer_id")).isEqualTo(spreadsheetSafe(call.get("customer_id").asString()));
        assertThat(row.get("transcript")).isEqualTo(spreadsheetSafe(call.get("transcript").asString()));
        assertThat(row.get("duration_seconds")).isEqualTo(call.get("duration_seconds").asString());
        assertNumber(row.get("agent_talk_ratio"), call.get("agent_talk_ratio"));
        assertNumber(row.get("customer_sentiment_score"), call.get("customer_sentiment_score"));
        assertThat(row.get("analysis_version")).isEqualTo(call.get("analysis_version").asString());
        for (String time : List.of("start_time", "created_at", "updated_at")) {
            assertThat(OffsetDateTime.parse(row.get(time)).toInstant()).as(time)
                    .isEqualTo(OffsetDateTime.parse(call.get(time).asString()).toInstant());
        }
    }

    private static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void assertNumber(String cell, JsonNode value) {
        if (value == null || value.isNull()) {
            assertThat(cell).isEmpty();
        } else {
            assertThat(Double.parseDouble(cell)).isEqualTo(value.asDouble());
        }
    }
}
