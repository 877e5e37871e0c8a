package com.salescalls.support;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Compact HTTP calls for integration tests: requests go through the full filter chain via MockMvc. */
public class Api {

    public static final String ADMIN = "root-admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";

    private final MockMvc mvc;
    private final JsonMapper json;

    Api(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public record Response(int status, JsonNode body, MockHttpServletResponse raw) {
        public String header(String name) {
            return raw.getHeader(name);
        }

        /** The body as text, for responses that are not JSON (CSV exports). */
        public String text() {
            try {
                return raw.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Response get(String uri, String token) {
        return perform(MockMvcRequestBuilders.get(java.net.URI.create(uri)), token);
    }

    public Response get(String uri) {
        return perform(MockMvcRequestBuilders.get(java.net.URI.create(uri)), null);
    }

    public Response postJson(String uri, Object body, String token) {
        return perform(MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : json.writeValueAsString(body)), token);
    }

    public Response patchJson(String uri, Object body, String token) {
        return perform(MockMvcRequestBuilders.patch(uri).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), token);
    }

    public Response putJson(String uri, Object body, String token) {
        return perform(MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : json.writeValueAsString(body)), token);
    }

    public Response delete(String uri, String token) {
        return perform(MockMvcRequestBuilders.delete(uri), token);
    }

    /** A request built by the test (headers, content types of its own), through the same filter chain. */
    public Response send(MockHttpServletRequestBuilder request, String token) {
        return perform(request, token);
    }

    public Response postForm(String uri, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(uri)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach(request::param);
        return perform(request, null);
    }

    /** Registers (if needed) and logs in a user; returns its access token. */
    public String tokenFor(String username, String password) {
        postJson("/auth/register", Map.of("username", username, "email", username + "@example.com",
                "password", password), null);
        return login(username, password);
    }

    public String login(String username, String password) {
        Response response = postForm("/auth/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.body());
        }
        return response.body().get("access_token").asString();
    }

    public String adminToken() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    private Response perform(MockHttpServletRequestBuilder request, String token) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String content = response.getContentAsString();
            boolean isJson = response.getContentType() == null || response.getContentType().contains("json");
            JsonNode body = content.isEmpty() || !isJson ? NullNode.getInstance() : json.readTree(content);
            return new Response(response.getStatus(), body, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
