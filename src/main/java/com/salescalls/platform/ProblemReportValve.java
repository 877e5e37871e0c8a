package com.salescalls.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's error page for what it refuses before any servlet runs (a request line or headers over its limits, an
 * encoded {@code /}, {@code \} or NUL in the path, a TRACE, a broken request line): an RFC 9457 problem instead of
 * the HTML page, without server information. The parse error "Request header is too large" becomes 414 when the
 * request line itself was too long (no URI could be read) and 431 for the headers.
 */
class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted()) {
            return;
        }
        Throwable cause = throwable != null ? throwable
                : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == 400 && cause instanceof IllegalArgumentException
                && String.valueOf(cause.getMessage()).contains("too large")) {
            String uri = request.getRequestURI();
            status = uri == null || uri.isEmpty() ? HttpStatus.URI_TOO_LONG.value()
                    : HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            response.setStatus(status);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 414 -> "The request line is longer than the server accepts";
            case 431 -> "The request headers are larger than the server accepts";
            case 405 -> "This method is not allowed";
            case 404 -> "Path not found";
            default -> "The request could not be read (" + title + ")";
        };
        try {
            response.resetBuffer();
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was started elsewhere: nothing more can be sent
        }
    }
}
