package com.salescalls.calls.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bulk body item by item without holding it in memory: NDJSON (one call per line, blank lines skipped) or
 * a JSON array. An item that is not a call object is reported at its position (the NDJSON line, or the array
 * element counted from 1) and reading goes on; a JSON array that stops being JSON ends the reading there.
 */
final class BulkReader {

    /** One item: a call to check, or why its position could not be read as one. */
    record Item(int line, @Nullable CallPayload payload, @Nullable String error) {
    }

    private static final int MAX_ERROR_CHARS = 200;

    private final JsonMapper json;

    BulkReader(JsonMapper json) {
        this.json = json;
    }

    /** Hands each item to {@code sink}, at most {@code maxItems}; returns false if more were left unread. */
    boolean readNdjson(InputStream body, int maxItems, Consumer<Item> sink) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        int number = 0;
        int items = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (++items > maxItems) {
                sink.accept(new Item(number, null, overLimit(maxItems)));
                return false;
            }
            sink.accept(parse(number, line));
        }
        return true;
    }

    boolean readArray(InputStream body, int maxItems, Consumer<Item> sink) throws IOException {
        int number = 0;
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                sink.accept(new Item(1, null, "a JSON body must be an array of calls (or send application/x-ndjson)"));
                return true;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                number++;
                if (number > maxItems) {
                    sink.accept(new Item(number, null, overLimit(maxItems)));
                    return false;
                }
                JsonNode node = parser.readValueAsTree();
                sink.accept(convert(number, node));
            }
            return true;
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure; // the body itself failed (too large, connection lost): not a bad item
            }
            sink.accept(new Item(number + 1, null, "the JSON array is malformed from here on, the rest was not read: "
                    + shorten(e.getOriginalMessage())));
            return false;
        }
    }

    private Item parse(int number, String line) {
        try {
            return convert(number, json.readTree(line));
        } catch (JacksonException e) {
            return new Item(number, null, "not valid JSON: " + shorten(e.getOriginalMessage()));
        }
    }

    private Item convert(int number, JsonNode node) {
        if (!node.isObject()) {
            return new Item(number, null, "must be a JSON object describing one call");
        }
        try {
            return new Item(number, json.treeToValue(node, CallPayload.class), null);
        } catch (JacksonException e) {
            return new Item(number, null, "a field has the wrong type: " + shorten(e.getOriginalMessage()));
        }
    }

    private static String overLimit(int maxItems) {
        return "more than " + maxItems + " calls in one request: this one and the rest were not read";
    }

    private static String shorten(@Nullable String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ");
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…";
    }
}
