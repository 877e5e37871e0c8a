package com.salescalls.insights;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a text into pieces that each fit the embedding model's input, cutting only between words.
 *
 * <p>It uses the model's own tokenizer file (from the langchain4j model jar) with truncation switched off, so
 * the count is the one the model sees. A cut never falls before a {@code ##} word-piece, so each piece
 * re-tokenizes to the same tokens on its own.
 */
final class TokenChunker {

    /** A piece of the original text and how many word-piece tokens it holds. */
    record Chunk(String text, int tokens) {
    }

    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;

    TokenChunker(int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
        this.maxTokens = maxTokens;
        this.tokenizer = loadTokenizer();
    }

    private static HuggingFaceTokenizer loadTokenizer() {
        try (InputStream in = TokenChunker.class.getClassLoader().getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TOKENIZER_RESOURCE + " is not on the classpath");
            }
            return HuggingFaceTokenizer.newInstance(in,
                    Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + TOKENIZER_RESOURCE, e);
        }
    }

    /** Returns no chunk for a text without tokens (blank, or only characters the tokenizer drops). */
    List<Chunk> split(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        text = wellFormed(text);
        Encoding encoding = tokenizer.encode(text, false, false);
        String[] tokens = encoding.getTokens();
        CharSpan[] spans = encoding.getCharTokenSpans();
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < tokens.length) {
            int end = cutBefore(tokens, start, Math.min(start + maxTokens, tokens.length));
            chunks.add(new Chunk(slice(text, spans[start].getStart(), spans[end - 1].getEnd()), end - start));
            start = end;
        }
        return List.copyOf(chunks);
    }

    private static int cutBefore(String[] tokens, int start, int limit) {
        int end = limit;
        while (end > start + 1 && startsWithWordPiece(tokens, end)) {
            end--;
        }
        // a single word longer than the whole window has no clean cut: split it rather than loop forever
        return startsWithWordPiece(tokens, end) ? limit : end;
    }

    private static boolean startsWithWordPiece(String[] tokens, int index) {
        return index < tokens.length && tokens[index].startsWith("##");
    }

    /**
     * The text with each lone surrogate replaced by U+FFFD: the tokenizer sees text as UTF-8, where a lone
     * surrogate cannot be written, so its offsets would no longer fit the Java string. Ingestion refuses such text;
     * this keeps any other caller from an exception.
     */
    static String wellFormed(String text) {
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (fixed != null) {
                    fixed.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                fixed = fixed != null ? fixed : new StringBuilder(text.length()).append(text, 0, i);
                fixed.append('\uFFFD');
            } else if (fixed != null) {
                fixed.append(c);
            }
        }
        return fixed == null ? text : fixed.toString();
    }

    /** The tokenizer reports offsets in code points; Java strings index UTF-16 units (emoji take two). */
    private static String slice(String text, int startCodePoint, int endCodePoint) {
        int from = text.offsetByCodePoints(0, startCodePoint);
        int to = text.offsetByCodePoints(from, endCodePoint - startCodePoint);
        return text.substring(from, to);
    }
}
