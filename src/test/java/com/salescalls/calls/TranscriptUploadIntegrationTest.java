package com.salescalls.calls;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.support.Api;
import com.salescalls.support.IntegrationTest;

import static com.salescalls.calls.FormatIngestIntegrationTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Transcript files posted as the request body itself, the Content-Type naming the parser and the call's fields in
 * the query: stored and analysed as the JSON post with {@code format} stores them, each speaker's placement in the
 * answer, and every bad upload a problem (415, 413, 422 naming the cue or line), never a 500.
 * The samples hold 31 agent words and 14 customer words (see insights' TranscriptFilesTest).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptUploadIntegrationTest {

    private static final double TALK_RATIO = 31.0 / 45;
    private static final String FIELDS = "agent_id=AGENT_UP_X&customer_id=CUST_UP&start_time=2026-02-01T10:00:00Z";

    @Autowired
    Api api;

    @Autowired
    AnalysisService pipeline;

    String admin;

    @BeforeAll
    void names() {
        admin = api.adminToken();
        api.putJson("/api/v1/agents/AGENT_UP_DANA", Map.of("display_name", "Dana Whitfield"), admin);
    }

    private Api.Response upload(String uri, String contentType, String body) {
        return upload(uri, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Response upload(String uri, String contentType, byte[] body) {
        return api.send(MockMvcRequestBuilders.post(URI.create(uri)).contentType(contentType).content(body), admin);
    }

    private static String placements(JsonNode answer) {
        StringBuilder shown = new StringBuilder();
        answer.get("speakers").forEach(s -> shown.append(s.get("speaker").asString()).append('=')
                .append(s.get("role").asString()).append('/').append(s.get("source").asString()).append(';'));
        return shown.toString();
    }

    @Test
    void aWebVttBodyWithItsFieldsInTheQueryIsStoredLikeTheJsonPost() {
        String uri = "/api/v1/calls?call_id=up-zoom&" + FIELDS
                + "&speakers=Dana%20Whitfield:agent&speakers=Sam%20Ortiz:customer";

        Api.Response accepted = upload(uri, "text/vtt", sample("zoom.vtt"));

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/calls/up-zoom");
        assertThat(accepted.body().get("unknown_speakers").size()).isZero();
        assertThat(placements(accepted.body()))
                .isEqualTo("Dana Whitfield=agent/mapping;Sam Ortiz=customer/mapping;");
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        JsonNode detail = api.get("/api/v1/calls/up-zoom", admin).body();
        assertThat(detail.get("duration_seconds").asInt()).isEqualTo(25); // from the last cue's end
        assertThat(detail.get("agent_talk_ratio").asDouble()).isCloseTo(TALK_RATIO, within(1e-9));
        assertThat(detail.get("utterances").size()).isEqualTo(7);
        assertThat(detail.get("utterances").get(3).get("start_ms").asLong()).isEqualTo(12000);
        assertThat(upload(uri, "text/vtt", sample("zoom.vtt")).status()).as("the same upload again").isEqualTo(200);
    }

    @Test
    void aSubRipBodyIsPlacedByTheAgentsDirectoryNameAndTheOtherSpeakerFollows() {
        Api.Response accepted = upload("/api/v1/calls?call_id=up-srt&agent_id=AGENT_UP_DANA&customer_id=CUST_UP"
                + "&start_time=2026-02-01T11:00:00Z", "application/x-subrip", sample("call.srt"));

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(placements(accepted.body()))
                .isEqualTo("Dana Whitfield=agent/agent_name;Sam Ortiz=customer/other_speaker;");
        pipeline.awaitAnalysis(Duration.ofMinutes(2));
        JsonNode detail = api.get("/api/v1/calls/up-srt", admin).body();
        assertThat(detail.get("agent_talk_ratio").asDouble()).isCloseTo(TALK_RATIO, within(1e-9));
        assertThat(detail.get("utterances").get(1).get("role").asString()).isEqualTo("customer");
    }

    @Test
    void aPlainTextBodyIsTheProductsOwnTextFormAndItsUnknownSpeakerIsShown() {
        Api.Response accepted = upload("/api/v1/calls?call_id=up-text&duration_seconds=60&" + FIELDS,
                "text/plain; charset=utf-8", "Agent: Hello there.\nDana Smith: Hi, I run finance.\nCustomer: Hey.");

        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(accepted.body().get("unknown_speakers").toString()).isEqualTo("[\"Dana Smith\"]");
        assertThat(placements(accepted.body()))
                .isEqualTo("Agent=agent/label;Dana Smith=unknown/none;Customer=customer/label;");
        assertThat(api.get("/api/v1/calls/up-text", admin).body().get("transcript").asString())
                .startsWith("Agent: Hello there.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cue-ends-before-start.vtt | text/vtt | transcript: cue 2 (line 8): ends (00:00:04.500) before it starts",
            "no-header.vtt | text/vtt | transcript: line 1: a WebVTT file begins with WEBVTT",
            "bad-timing.srt | application/x-subrip | transcript: cue 2 (line 5): expected a cue number and a timing",
            "no-speaker.srt | text/srt | transcript: cue 1 (line 2): names no speaker",
    })
    void aBadFileIsRefusedWith422NamingTheCueOrLine(String file, String contentType, String detail) {
        Api.Response refused = upload("/api/v1/calls?call_id=up-bad&" + FIELDS, contentType,
                sample("invalid/" + file));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.body().get("detail").asString()).contains(detail);
        assertThat(api.get("/api/v1/calls/up-bad", admin).status()).isEqualTo(404);
    }

    @Test
    void missingFieldsBadSpeakersBadBytesAndOtherTypesAreProblemsNotErrors() {
        Api.Response bare = upload("/api/v1/calls", "text/vtt", sample("zoom.vtt"));
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.body().get("detail").asString()).isEqualTo("call_id: is required; agent_id: is required; "
                + "customer_id: is required; start_time: is required");
        Api.Response boss = upload("/api/v1/calls?call_id=up-boss&" + FIELDS + "&speakers=Dana%20Whitfield:boss"
                + "&speakers=Sam", "text/vtt", sample("zoom.vtt"));
        assertThat(boss.body().get("detail").asString()).isEqualTo(
                "speakers.Dana Whitfield: must be agent or customer; speakers.Sam: must be agent or customer; "
                        + "speakers.Sam: does not speak in this transcript; its speakers are Dana Whitfield, "
                        + "Sam Ortiz");

        byte[] latin1 = "Agent: Jos\u00e9 here.".getBytes(StandardCharsets.ISO_8859_1);
        Api.Response notUtf8 = upload("/api/v1/calls?call_id=up-latin&duration_seconds=5&" + FIELDS, "text/plain",
                latin1);
        assertThat(notUtf8.status()).isEqualTo(422);
        assertThat(notUtf8.body().get("detail").asString()).contains("transcript: the body is not valid UTF-8 text");
        assertThat(upload("/api/v1/calls?call_id=up-latin&duration_seconds=5&" + FIELDS,
                "text/plain; charset=ISO-8859-1", latin1).status()).as("its charset named").isEqualTo(202);

        Api.Response xml = upload("/api/v1/calls?call_id=up-xml&" + FIELDS, "application/xml", "<call/>");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(xml.body().get("detail").asString()).contains("text/vtt").contains("application/x-subrip");

        Api.Response empty = upload("/api/v1/calls?call_id=up-empty&" + FIELDS, "text/vtt", "");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body().get("detail").asString()).contains("transcript: must not be blank");
    }

    @Test
    void aBodyOverTheSizeLimitIs413() {
        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        Api.Response refused = upload("/api/v1/calls?call_id=up-huge&" + FIELDS, "text/vtt", huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().get("detail").asString()).contains("larger than the limit");
    }

    @Test
    void theAnalysisTakesAnUploadToo() {
        Api.Response analysis = upload("/api/v1/analyze?speakers=Dana%20Whitfield:agent", "text/vtt",
                sample("teams.vtt"));

        assertThat(analysis.status()).as(analysis.body().toString()).isEqualTo(200);
        assertThat(analysis.body().get("agent_talk_ratio").asDouble()).isCloseTo(TALK_RATIO, within(1e-9));
        assertThat(placements(analysis.body()))
                .isEqualTo("Dana Whitfield=agent/mapping;Sam Ortiz=customer/other_speaker;");
        Api.Response bad = upload("/api/v1/analyze", "application/x-subrip", sample("invalid/bad-timing.srt"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("detail").asString()).contains("cue 2 (line 5)");
    }
}
