package com.salescalls.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes CSV as RFC 4180 says: CRLF line ends, a cell quoted when it holds a comma, a quote, CR or LF, quotes
 * inside doubled.
 *
 * <p>Text cells that start with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR are prefixed with
 * {@code '} so that a spreadsheet shows them instead of running them as a formula (CSV injection): a transcript
 * or an id comes from whoever posted the call. Numbers are written as numbers and never prefixed: a sentiment of
 * {@code -0.25} is a value, not a formula, and must stay sortable. Times are ISO-8601 with offset, as in the JSON.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Cells: {@link CharSequence} as (neutralised) text, {@link Number} and {@link Boolean} as is, null empty. */
    public void row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case OffsetDateTime time -> time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            default -> quoted(neutralised(value.toString()));
        };
    }

    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
