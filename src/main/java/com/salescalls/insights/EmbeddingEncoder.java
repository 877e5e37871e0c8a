package com.salescalls.insights;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns text into a 384-dimensional unit vector with all-MiniLM-L6-v2, in process (the model ships in the jar).
 *
 * <p><b>Long texts.</b> The library does not honour its own 510-token partitioning for this model: the
 * tokenizer file bundled with it sets {@code truncation.max_length = 128}, and the library keeps that
 * truncation, so every text is cut to its first 126 word-pieces (about 100 words) before the partitioning code
 * ever sees it, and the rest of a call is silently ignored. 128 tokens is also the length the model was
 * fine-tuned on. So this class splits the text itself into pieces of at most 126 word-pieces at word
 * boundaries ({@link TokenChunker}), embeds every piece, and returns the token-weighted mean of the piece
 * vectors scaled to unit length: the same combination the library intends for its partitions, and close to
 * mean pooling over the whole text. A 7-minute call (about 1,000 words, 1,300 tokens) becomes about 11 pieces.
 *
 * <p><b>Threads.</b> Safe for concurrent use: the ONNX Runtime session is shared and {@code OrtSession.run} is
 * thread-safe, the Hugging Face tokenizers are only read, and this class holds no mutable state. The library
 * loads the ONNX model once per JVM (a static field), so extra instances cost only a tokenizer.
 *
 * <p><b>Batches.</b> {@link #embedAll} hands all pieces of all texts to the library in one call. The library
 * does not batch them into one ONNX run; it runs one piece per task on a pool with one thread per processor.
 * Running the model on padded batches of pieces instead was tried and measured slower on a 2-core machine
 * (docs/BENCHMARKS.md, "Analysis pipeline"): the per-piece runs already keep every core busy.
 */
@Component
public class EmbeddingEncoder {

    public static final int DIMENSIONS = 384;

    /** The model window of 128 tokens minus the [CLS] and [SEP] tokens the library adds to every piece. */
    static final int MAX_TOKENS_PER_PIECE = 126;

    private final EmbeddingModel model;
    private final TokenChunker chunker;

    public EmbeddingEncoder() {
        this(new AllMiniLmL6V2EmbeddingModel());
    }

    /** The same chunking over another build of the model: the quantized one, for benchmarks and training comparisons. */
    EmbeddingEncoder(EmbeddingModel model) {
        this.model = model;
        this.chunker = new TokenChunker(MAX_TOKENS_PER_PIECE);
    }

    /** A text's unit vector and the number of word-piece tokens it was computed from (its weight in a mean). */
    record Embedded(float[] vector, int tokens) {
    }

    /** Returns null for a text with nothing to embed (empty, blank, or no token the model knows). */
    public float @Nullable [] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** Embeds every text, in order; an element is null where {@link #embed} would return null. */
    public List<float @Nullable []> embedAll(List<String> texts) {
        return embedEach(texts).stream().map(embedded -> embedded == null ? null : embedded.vector()).toList();
    }

    /** {@link #embedAll} with each vector's token count, so that vectors of parts can be averaged into a whole. */
    List<@Nullable Embedded> embedEach(List<String> texts) {
        List<List<TokenChunker.Chunk>> chunksPerText = texts.stream().map(chunker::split).toList();
        List<TextSegment> segments = chunksPerText.stream()
                .flatMap(List::stream)
                .map(chunk -> TextSegment.from(chunk.text()))
                .toList();
        List<Embedding> embeddings = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<@Nullable Embedded> result = new ArrayList<>(texts.size());
        int next = 0;
        for (List<TokenChunker.Chunk> chunks : chunksPerText) {
            List<float[]> vectors = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                vectors.add(embeddings.get(next++).vector());
            }
            List<Integer> tokens = chunks.stream().map(TokenChunker.Chunk::tokens).toList();
            result.add(vectors.isEmpty() ? null : new Embedded(Vectors.weightedMeanUnit(vectors, tokens),
                    tokens.stream().mapToInt(Integer::intValue).sum()));
        }
        return Collections.unmodifiableList(result);
    }
}
