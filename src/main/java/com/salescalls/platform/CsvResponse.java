package com.salescalls.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A CSV export streamed into the response: nothing is written until {@link #begin()} (so a check that fails
 * before it, such as {@link ExportTooLarge}, still becomes a clean problem response), then one header row and the
 * rows as the query yields them, buffered and flushed in chunks. An error after the first flush cuts the
 * connection, which a client sees as a broken download, never as a complete but short file.
 */
public final class CsvResponse {

    public static final String TEXT_CSV = "text/csv";

    private final HttpServletResponse response;
    private final String filename;
    private final List<String> header;
    private @Nullable CsvWriter writer;

    public CsvResponse(HttpServletResponse response, String filename, List<String> header) {
        this.response = response;
        this.filename = filename;
        this.header = List.copyOf(header);
    }

    /** Sends the headers and the header row; once only. */
    public void begin() {
        if (writer != null) {
            return;
        }
        response.setContentType(TEXT_CSV + "; charset=utf-8; header=present");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        response.setBufferSize(64 * 1024);
        try {
            writer = new CsvWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.row(header);
    }

    public void row(List<?> cells) {
        begin();
        writer.row(cells);
    }

    public void finish() {
        begin();
        writer.flush();
    }
}
