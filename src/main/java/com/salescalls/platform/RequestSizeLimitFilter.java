package com.salescalls.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies to {@code app.platform.max-body-size}: a declared larger length is refused with 413
 * before anything is read; a body without a declared length (chunked) is counted as it is read, and reading
 * past the limit fails with {@link BodyTooLarge}, which the error handler turns into the same 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByPath;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(PlatformProperties properties, ProblemWriter problems, List<BodySizeLimit> pathLimits) {
        this.defaultMaxBytes = properties.maxBodySize().toBytes();
        this.maxBytesByPath = pathLimits.stream()
                .collect(Collectors.toMap(BodySizeLimit::path, limit -> limit.maxSize().toBytes()));
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytesByPath.getOrDefault(request.getRequestURI(), defaultMaxBytes);
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, BodyTooLarge.message(maxBytes));
            return;
        }
        chain.doFilter(declared < 0 ? new CountedRequest(request, maxBytes) : request, response);
    }

    /** Reading the body went past the limit. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long maxBytes) {
            super(message(maxBytes));
        }

        static String message(long maxBytes) {
            return "Request body is larger than the limit of " + maxBytes + " bytes";
        }
    }

    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), maxBytes);
            }
            return counted;
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
