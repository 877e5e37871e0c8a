package com.salescalls.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, for every request and before anything reads them, what the servlet container would otherwise fail on
 * deep inside a controller (as a 500, with the raw value in the exception message and so in the log):
 * <ul>
 * <li>the query string must be percent-encoded UTF-8 (no bad escape, no invalid byte sequence, no lone surrogate)
 *     and no parameter may hold a NUL, which PostgreSQL refuses in text: 422 naming the parameter;</li>
 * <li>a form body must decode, and hold at most the container's parameter count: 400 or 413, with a detail that
 *     never quotes a value (it may be a password);</li>
 * <li>the {@code Content-Type} must be a concrete media type, and not multipart, which no endpoint reads: 415.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestParametersFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    RequestParametersFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String unsupported = unsupportedContentType(request.getContentType());
        if (unsupported != null) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, unsupported);
            return;
        }
        InvalidParameters.Violation violation = queryViolation(request.getQueryString());
        if (violation == null) {
            Map<String, String[]> parameters;
            try {
                // reads the query and, for a form post, the body: Tomcat decodes both here
                parameters = request.getParameterMap();
            } catch (InvalidParameterException e) {
                HttpStatus status = e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                        ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
                problems.write(response, status, status == HttpStatus.CONTENT_TOO_LARGE
                        ? "Too many request parameters"
                        : "The form body is not valid percent-encoded UTF-8 (application/x-www-form-urlencoded)");
                return;
            }
            violation = nulViolation(parameters);
        }
        if (violation != null) {
            problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, RefusalResponse.invalid(List.of(violation)));
            return;
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String unsupportedContentType(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "Content type is not a valid media type; send application/json";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "Content type " + type + " names no concrete media type; send application/json";
        }
        if (type.getType().equals("multipart")) {
            return "Multipart bodies are not accepted; send application/json";
        }
        return null;
    }

    /** The first malformed parameter of the raw query string, decoded strictly here rather than by Tomcat. */
    static InvalidParameters.@Nullable Violation queryViolation(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null) {
                return new InvalidParameters.Violation("(parameter name)", "is not valid percent-encoded UTF-8");
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value == null) {
                return new InvalidParameters.Violation(printable(name), "is not valid percent-encoded UTF-8");
            }
            if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                return new InvalidParameters.Violation(printable(name), "must not contain a NUL character");
            }
        }
        return null;
    }

    private static InvalidParameters.@Nullable Violation nulViolation(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0;
            for (String value : parameter.getValue()) {
                nul |= value.indexOf('\0') >= 0;
            }
            if (nul) {
                return new InvalidParameters.Violation(printable(parameter.getKey()), "must not contain a NUL character");
            }
        }
        return null;
    }

    /** Percent-decoding with '+' as space, strict about escapes and UTF-8; null when either is broken. */
    private static @Nullable String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c > 0xff) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else if (c > 0x7f) {
                // Tomcat hands over a raw (unencoded) byte of the request line as one ISO-8859-1 character
                bytes.write(c);
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A parameter name fit to quote in a detail: bounded, without control characters. */
    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
