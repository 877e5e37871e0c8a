package com.salescalls.insights;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns text into a 384-dimensional unit vector with all-MiniLM-L6-v2, in process (the model ships in the jar).
 *
 * <p><b>Long texts.</b> The langchain4j wrapper of this model cuts every text to its first 126 word-pieces (its
 * bundled tokenizer sets {@code truncation.max_length = 128}), and 128 tokens is also the length the model was
 * fine-tuned on. So this class splits the text into pieces of at most 126 word-pieces at word boundaries
 * ({@link TokenChunker}), embeds every piece, and returns the token-weighted mean of the unit piece vectors scaled
 * to unit length: close to mean pooling over the whole text. A 7-minute call (about 1,000 words) is ~11 pieces.
 *
 * <p><b>Batches.</b> The wrapper runs the model once per piece. This class runs the ONNX model itself on
 * batches of pieces: all pieces of all texts of an {@link #embedAll} call, sorted by length so that padding
 * stays small, {@value #PIECES_PER_RUN} per run, each piece {@code [CLS] ids [SEP]} padded with an attention mask
 * of 0, and mean-pooled over its real tokens, which gives the wrapper's vectors (to float rounding, checked by
 * a test) at a fraction of the per-run overhead.
 *
 * <p><b>Threads.</b> Safe for concurrent use: {@code OrtSession.run} is thread-safe, the tokenizer is only read,
 * and the session of each model is loaded once per JVM and shared.
 */
@Component
public class EmbeddingEncoder {

    public static final int DIMENSIONS = 384;

    /** The model window of 128 tokens minus the [CLS] and [SEP] tokens around every piece. */
    static final int MAX_TOKENS_PER_PIECE = 126;
    static final int PIECES_PER_RUN = 32;

    private final EmbeddingModelFile model;
    private final TokenChunker chunker;

    public EmbeddingEncoder() {
        this(EmbeddingModelFile.FP32);
    }

    EmbeddingEncoder(EmbeddingModelFile model) {
        this.model = model;
        this.chunker = new TokenChunker(MAX_TOKENS_PER_PIECE);
    }

    /** Returns null for a text with nothing to embed (empty, blank, or no token the model knows). */
    public float @Nullable [] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** Embeds every text, in order; an element is null where {@link #embed} would return null. */
    public List<float @Nullable []> embedAll(List<String> texts) {
        List<List<TokenChunker.Chunk>> chunksPerText = texts.stream().map(chunker::split).toList();
        List<long[]> inputs = new ArrayList<>();
        chunksPerText.forEach(chunks -> chunks.forEach(chunk -> inputs.add(chunker.modelInput(chunk))));
        float[][] pieceVectors = embedPieces(inputs);
        List<float @Nullable []> result = new ArrayList<>(texts.size());
        int next = 0;
        for (List<TokenChunker.Chunk> chunks : chunksPerText) {
            List<float[]> vectors = new ArrayList<>(chunks.size());
            for (int i = 0; i < chunks.size(); i++) {
                vectors.add(pieceVectors[next++]);
            }
            result.add(vectors.isEmpty() ? null : Vectors.weightedMeanUnit(vectors, tokenCounts(chunks)));
        }
        return Collections.unmodifiableList(result);
    }

    private float[][] embedPieces(List<long[]> inputs) {
        float[][] vectors = new float[inputs.size()][];
        List<Integer> order = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> inputs.get(i).length));
        for (int from = 0; from < order.size(); from += PIECES_PER_RUN) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + PIECES_PER_RUN));
            float[][] embedded = run(batch.stream().map(inputs::get).toList());
            for (int b = 0; b < batch.size(); b++) {
                vectors[batch.get(b)] = embedded[b];
            }
        }
        return vectors;
    }

    /** One model run over pieces padded to the longest; each result is the unit mean of its real tokens. */
    private float[][] run(List<long[]> pieces) {
        int rows = pieces.size();
        int width = pieces.stream().mapToInt(piece -> piece.length).max().orElseThrow();
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] piece = pieces.get(r);
            System.arraycopy(piece, 0, ids, r * width, piece.length);
            java.util.Arrays.fill(mask, r * width, r * width + piece.length, 1L);
        }
        long[] shape = {rows, width};
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = model.session();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]),
                     shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] pooled = new float[rows][];
            for (int r = 0; r < rows; r++) {
                pooled[r] = meanUnit(hidden, r * width, pieces.get(r).length);
            }
            return pooled;
        } catch (OrtException e) {
            throw new IllegalStateException("embedding model run failed", e);
        }
    }

    private static float[] meanUnit(FloatBuffer hidden, int firstToken, int tokens) {
        double[] sum = new double[DIMENSIONS];
        for (int t = 0; t < tokens; t++) {
            int offset = (firstToken + t) * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] += hidden.get(offset + d);
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            unit[d] = (float) (norm == 0 ? 0 : sum[d] / norm);
        }
        return unit;
    }

    private static List<Integer> tokenCounts(List<TokenChunker.Chunk> chunks) {
        return chunks.stream().map(TokenChunker.Chunk::tokens).toList();
    }
}
