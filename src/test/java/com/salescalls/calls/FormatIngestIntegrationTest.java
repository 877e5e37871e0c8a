package com.salescalls.calls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Transcript files posted over HTTP: each sample under {@code examples/transcripts} ingested, analysed, and shown
 * with its speakers' names and roles; a bad file of each format refused with 422 naming the line, cue or path.
 * The samples hold one conversation: 31 agent words, 14 customer words (see insights' TranscriptFilesTest).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormatIngestIntegrationTest {

    private static final double TALK_RATIO = 31.0 / 45;

    @Autowired
    Api api;

    @Autowired
    AnalysisService pipeline;

    @Autowired
    JsonMapper json;

    String admin;

    @BeforeAll
    void names() {
        admin = api.adminToken();
        api.putJson("/api/v1/agents/AGENT_FMT_DANA", Map.of("display_name", "Dana Whitfield"), admin);
    }

    static String sample(String name) {
        try {
            return Files.readString(Path.of("examples/transcripts", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> call(String callId, String agentId, String format, Object transcript) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("call_id", callId);
        body.put("agent_id", agentId);
        body.put("customer_id", "CUST_FMT");
        body.put("start_time", "2026-02-01T10:00:00Z");
        body.put("format", format);
        body.put("transcript", transcript);
        return body;
    }

    @ParameterizedTest
    @CsvSource({"fmt-zoom, zoom.vtt, vtt", "fmt-teams, teams.vtt, vtt", "fmt-srt, call.srt, srt"})
    void aMeetingFileWithTheAgentsDisplayNameIsStoredWithNamesAndRoles(String callId, String file, String format) {
        Api.Response accepted = api.postJson("/api/v1/calls", call(callId, "AGENT_FMT_DANA", format, sample(file)),
                admin);

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(accepted.body().get("unknown_speakers").size()).isZero();
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        JsonNode detail = api.get("/api/v1/calls/" + callId, admin).body();
        assertThat(detail.get("duration_seconds").asInt()).isEqualTo(25); // from the last cue's end
        assertThat(detail.get("agent_talk_ratio").asDouble()).isCloseTo(TALK_RATIO, within(1e-9));
        JsonNode utterances = detail.get("utterances");
        assertThat(utterances.size()).isEqualTo(7);
        assertThat(utterances.get(0).get("speaker").asString()).isEqualTo("Dana Whitfield");
        assertThat(utterances.get(0).get("role").asString()).isEqualTo("agent");
        assertThat(utterances.get(1).get("speaker").asString()).isEqualTo("Sam Ortiz");
        assertThat(utterances.get(1).get("role").asString()).isEqualTo("customer");
        assertThat(utterances.get(3).get("start_ms").asLong()).isEqualTo(12000);
        assertThat(detail.get("metrics").get("interruptions").asInt()).isEqualTo(1);
        assertThat(detail.get("transcript").asString()).startsWith("[00:00:00] Dana Whitfield: Hi Sam,");
    }

    @Test
    void callAnalyticsPostedAsAJsonValueTakesItsParticipantRoles() {
        Api.Response accepted = api.postJson("/api/v1/calls", call("fmt-aws-ca", "AGENT_FMT_X", "aws_transcribe",
                json.readTree(sample("aws-call-analytics.json"))), admin);

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(accepted.body().get("unknown_speakers").size()).isZero();
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        JsonNode detail = api.get("/api/v1/calls/fmt-aws-ca", admin).body();
        assertThat(detail.get("agent_talk_ratio").asDouble()).isCloseTo(TALK_RATIO, within(1e-9));
    }

    @Test
    void aMappingNamesTheSpeakersOfAnUtteranceListAndWithoutEvidenceTheyAreReported() {
        Map<String, Object> mapped = call("fmt-json-mapped", "AGENT_FMT_X", "utterances_json",
                sample("utterances-ms.json"));
        mapped.put("speakers", Map.of("A", "agent", "B", "customer"));
        Map<String, Object> unmapped = call("fmt-json-unmapped", "AGENT_FMT_X", "utterances_json",
                sample("utterances-seconds.json"));

        assertThat(api.postJson("/api/v1/calls", mapped, admin).body().get("unknown_speakers").size()).isZero();
        Api.Response unknown = api.postJson("/api/v1/calls", unmapped, admin);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body().get("unknown_speakers").toString()).isEqualTo("[\"Speaker 0\",\"Speaker 1\"]");
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        assertThat(api.get("/api/v1/calls/fmt-json-mapped", admin).body().get("agent_talk_ratio").asDouble())
                .isCloseTo(TALK_RATIO, within(1e-9));
        JsonNode neither = api.get("/api/v1/calls/fmt-json-unmapped", admin).body();
        assertThat(neither.get("agent_talk_ratio").isNull()).isTrue(); // nobody was put on a side
        assertThat(neither.get("utterances").get(0).get("role").asString()).isEqualTo("unknown");
    }

    @Test
    void aNamedTextTranscriptWithAMappingIsStoredAsUtterancesWithRoles() {
        Map<String, Object> body = call("fmt-text", "AGENT_FMT_X", "text",
                "Dana Whitfield: Hello Sam, how are you?\nSam Ortiz: Fine, thanks.");
        body.put("duration_seconds", 30);
        body.put("speakers", Map.of("Sam Ortiz", "customer"));

        Api.Response accepted = api.postJson("/api/v1/calls", body, admin);

        assertThat(accepted.body().get("unknown_speakers").size()).isZero();
        JsonNode detail = api.get("/api/v1/calls/fmt-text", admin).body();
        assertThat(detail.get("utterances").get(0).get("role").asString()).isEqualTo("agent"); // the other speaker
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cue-ends-before-start.vtt | vtt | transcript: cue 2 (line 8): ends (00:00:04.500) before it starts",
            "no-header.vtt | vtt | transcript: line 1: a WebVTT file begins with WEBVTT",
            "bad-timing.srt | srt | transcript: cue 2 (line 5): expected a cue number and a timing",
            "no-speaker.srt | srt | transcript: cue 1 (line 2): names no speaker",
            "aws-no-participant-role.json | aws_transcribe | transcript: Transcript[1].ParticipantRole: is required",
            "aws-broken.json | aws_transcribe | transcript: line 3, column 24: is not valid JSON",
            "utterances-end-before-start.json | utterances_json | transcript: [1].end: is before its start",
    })
    void aBadFileIsRefusedWith422NamingWhereItIsWrong(String file, String format, String detail) {
        Api.Response refused = api.postJson("/api/v1/calls", call("fmt-bad", "AGENT_FMT_X", format,
                sample("invalid/" + file)), admin);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("detail").asString()).contains(detail);
        assertThat(api.get("/api/v1/calls/fmt-bad", admin).status()).isEqualTo(404);
    }

    @Test
    void badFormatsAndMappingsAreNamed() {
        Map<String, Object> unknownFormat = call("fmt-bad-2", "AGENT_FMT_X", "docx", "x");
        Map<String, Object> typo = call("fmt-bad-3", "AGENT_FMT_X", "vtt", sample("zoom.vtt"));
        typo.put("speakers", Map.of("Dana Whitfeld", "agent", "Sam Ortiz", "boss"));
        Map<String, Object> jsonForVtt = call("fmt-bad-4", "AGENT_FMT_X", "vtt", Map.of("WEBVTT", 1));

        assertThat(api.postJson("/api/v1/calls", unknownFormat, admin).body().get("detail").asString())
                .contains("format: must be one of [text, utterances, vtt, srt, aws_transcribe, utterances_json]");
        assertThat(api.postJson("/api/v1/calls", typo, admin).body().get("detail").asString())
                .contains("speakers.Dana Whitfeld: does not speak in this transcript")
                .contains("speakers.Sam Ortiz: must be agent or customer");
        assertThat(api.postJson("/api/v1/calls", jsonForVtt, admin).body().get("detail").asString())
                .contains("a vtt file is text");
    }

    @Test
    void bulkLinesAndTheAnalysisTakeFormatsToo() throws Exception {
        String good = json.writeValueAsString(call("fmt-bulk-1", "AGENT_FMT_DANA", "vtt", sample("teams.vtt")));
        String bad = json.writeValueAsString(call("fmt-bulk-2", "AGENT_FMT_DANA", "vtt",
                sample("invalid/no-header.vtt")));
        Api.Response report = api.send(MockMvcRequestBuilders.post("/api/v1/calls/bulk")
                .contentType("application/x-ndjson").content(good + "\n" + bad), admin);

        assertThat(report.status()).isEqualTo(202);
        assertThat(report.body().get("accepted").asInt()).isEqualTo(1);
        assertThat(report.body().get("rejected").asInt()).isEqualTo(1);
        assertThat(report.body().toString()).contains("line 1: a WebVTT file begins with WEBVTT");

        Map<String, Object> analyze = new LinkedHashMap<>();
        analyze.put("format", "srt");
        analyze.put("transcript", sample("call.srt"));
        analyze.put("speakers", Map.of("Dana Whitfield", "agent"));
        Api.Response analysis = api.send(MockMvcRequestBuilders.post("/api/v1/analyze")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(analyze)), admin);
        assertThat(analysis.status()).as(analysis.body().toString()).isEqualTo(200);
        assertThat(analysis.body().get("agent_talk_ratio").asDouble()).isCloseTo(TALK_RATIO, within(1e-9));
        assertThat(analysis.body().get("unknown_speakers").size()).isZero();
        analyze.put("transcript", sample("invalid/bad-timing.srt"));
        assertThat(api.postJson("/api/v1/analyze", analyze, admin).status()).isEqualTo(422);
    }
}
