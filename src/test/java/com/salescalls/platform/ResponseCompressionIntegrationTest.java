package com.salescalls.platform;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.salescalls.support.Api;
import com.salescalls.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Large JSON answers are gzipped when the client asks for it (Accept-Encoding), and only then. */
@ServerIntegrationTest
class ResponseCompressionIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    private HttpResponse<byte[]> get(String path, String token, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bigJsonIsGzippedWhenAskedFor() throws Exception {
        HttpResponse<byte[]> plain = get("/openapi.json", null, false);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body().length).isGreaterThan(2048);

        HttpResponse<byte[]> zipped = get("/openapi.json", null, true);
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary")).anyMatch(vary -> vary.equalsIgnoreCase("Accept-Encoding"));
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        JsonNode spec = JsonMapper.builder().build().readTree(gunzip(zipped.body()));
        assertThat(spec.get("paths").has("/api/v1/calls/{call_id}")).isTrue();
    }

    @Test
    void aProblemStaysAProblemEitherWay() throws Exception {
        String token = api.adminToken();
        HttpResponse<byte[]> plain = get("/api/v1/calls?limit=0", token, false);
        assertThat(plain.statusCode()).isEqualTo(422);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<byte[]> zipped = get("/api/v1/calls?limit=0", token, true);
        assertThat(zipped.statusCode()).isEqualTo(422);
        String body = zipped.headers().firstValue("Content-Encoding").isPresent() ? gunzip(zipped.body())
                : new String(zipped.body(), StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail")).isEqualTo(json.readTree(plain.body()).get("detail"));
        assertThat(problem.get("detail").asString()).contains("limit");
    }
}
