package com.salescalls.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: the request line, headers and body are sent exactly as
 * written, so tests can send what {@code java.net.http} and MockMvc refuse to build (invalid percent escapes, raw
 * control characters, oversized request lines, headers without a boundary). The connection is kept open between
 * requests while the server allows it, so a fuzz run is not dominated by TCP handshakes.
 */
public final class RawHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private final String localAddress;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public RawHttp(String host, int port) {
        this(host, port, null);
    }

    /** Connecting from this local address (any of 127.0.0.0/8 on loopback), or from the system's choice if null. */
    public RawHttp(String host, int port, String localAddress) {
        this.host = host;
        this.port = port;
        this.localAddress = localAddress;
    }

    /** A response as received; headers by lower-case name. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    /** Sends a request built from its parts; {@code Host}, {@code Content-Length} are added. */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body.length > 0 || !method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return sendRaw(request.toByteArray());
    }

    public Response get(String target, Map<String, String> headers) {
        return send("GET", target, headers, new byte[0]);
    }

    /** Sends the bytes as they are (one whole request) and reads one response. Retries once on a stale socket. */
    public synchronized Response sendRaw(byte[] request) {
        for (int attempt = 0; ; attempt++) {
            try {
                connect();
                out.write(request);
                out.flush();
                Response response = read();
                String connection = response.header("connection");
                if (connection != null && connection.equalsIgnoreCase("close")) {
                    close();
                }
                return response;
            } catch (IOException e) {
                close();
                if (attempt > 0) {
                    throw new UncheckedIOException("request to " + host + ":" + port + " failed", e);
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16_384);
        }
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Response(status, headers, body);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("truncated chunked body");
            }
            int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (n == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used by the server under test
                }
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken socket: nothing left to release
            }
            socket = null;
        }
    }
}
