package com.salescalls.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's bearer token resolution without its regular expression on every request: the common case, one
 * {@code Authorization: Bearer <b64token>} header (RFC 6750 section 2.1) and no {@code access_token} in the query or
 * a form body, is recognised by a scan of the characters; anything else (no header, a malformed token, a second
 * token in a parameter) goes to {@link DefaultBearerTokenResolver}, which answers and refuses exactly as before.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String BEARER = "Bearer ";

    private final BearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()) && isB64Token(header)
                && !mayCarryParameterToken(request)) {
            return header.substring(BEARER.length());
        }
        return standard.resolve(request);
    }

    /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} after the scheme. */
    static boolean isB64Token(String header) {
        int i = BEARER.length();
        int end = header.length();
        int start = i;
        while (i < end && isTokenChar(header.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < end && header.charAt(i) == '=') {
            i++;
        }
        return i == end;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static boolean mayCarryParameterToken(HttpServletRequest request) {
        String query = request.getQueryString();
        String contentType = request.getContentType();
        return (query != null && query.contains("access_token"))
                || (contentType != null && contentType.startsWith("application/x-www-form-urlencoded"));
    }
}
