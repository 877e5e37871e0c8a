package com.salescalls.identity;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regex-free bearer resolution and header check answer as Spring Security's own: same token, same refusal
 * (a malformed header), same verdict on every code point.
 */
class BearerTokensTest {

    private final BearerTokenResolver fast = new BearerTokens();
    private final BearerTokenResolver standard = new DefaultBearerTokenResolver();

    private static MockHttpServletRequest request(String method, String authorization, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/calls");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return request;
    }

    private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }

    @Test
    void answersAsTheDefaultResolverForEveryKindOfHeader() {
        List<String> headers = java.util.Arrays.asList(null, "Bearer abc.DEF-123_~+/==", "bearer abc", "BEARER abc",
                "Bearer ", "Bearer", "Bearer abc def", "Bearer abc=def", "Bearer ==", "Bearer a\u00e9b",
                "Basic dXNlcjpwYXNz", "Bearer  abc", "Bearer abc ", "Token abc");
        for (String header : headers) {
            for (String query : java.util.Arrays.asList(null, "limit=5", "access_token=xyz", "a=1&access_token=xyz")) {
                assertThat(outcome(fast, request("GET", header, query)))
                        .as("%s with query %s", header, query)
                        .isEqualTo(outcome(standard, request("GET", header, query)));
            }
        }
        assertThat(outcome(fast, request("GET", "Bearer abc.def", null))).isEqualTo("token abc.def");
        assertThat(outcome(fast, request("GET", "Bearer abc def", null))).startsWith("refused invalid_token");
    }

    @Test
    void aFormPostWithATokenParameterIsLeftToTheDefaultResolver() {
        MockHttpServletRequest form = request("POST", "Bearer abc", null);
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("access_token", "xyz");
        MockHttpServletRequest same = request("POST", "Bearer abc", null);
        same.setContentType("application/x-www-form-urlencoded");
        same.addParameter("access_token", "xyz");
        assertThat(outcome(fast, form)).isEqualTo(outcome(standard, same));
    }

    @Test
    void headerCharactersAgreeWithTheFirewallsPatternsOnEveryCodePoint() {
        agreeEverywhere(new HeaderCharacters(false), Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*"));
        agreeEverywhere(new HeaderCharacters(true),
                Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*"));
        assertThat(new HeaderCharacters(false).test("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).isTrue();
        assertThat(new HeaderCharacters(false).test("x\ty")).isFalse();
        assertThat(new HeaderCharacters(true).test("x\ty")).isTrue();
        assertThat(new HeaderCharacters(true).test("x\u0000y")).isFalse();
    }

    private static void agreeEverywhere(HeaderCharacters allowed, Pattern firewall) {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            if (allowed.test(text) != firewall.matcher(text).matches()) {
                throw new AssertionError("disagree on U+" + Integer.toHexString(codePoint) + " with " + firewall);
            }
        }
        assertThat(allowed.test("\ud800")).isEqualTo(firewall.matcher("\ud800").matches());
        assertThat(allowed.test("")).isTrue();
    }
}
