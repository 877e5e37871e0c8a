package com.salescalls.insights;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Embeds a corpus once and keeps the vectors under {@code target/sentiment-cache}, keyed by the model and a hash
 * of the texts, so that the training and evaluation commands re-run in seconds. The cache changes no result:
 * the model is deterministic and a different text list gets a different file.
 */
final class EmbeddingCache {

    private static final Path FOLDER = Path.of("target", "sentiment-cache");
    private static final int BATCH = 512;

    private EmbeddingCache() {
    }

    static List<float[]> embed(String modelName, List<String> texts, Function<List<String>, List<float[]>> encoder) {
        Path file = FOLDER.resolve(modelName + "-" + hash(texts) + ".bin");
        if (Files.exists(file)) {
            return read(file, texts.size());
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(encoder.apply(texts.subList(from, Math.min(from + BATCH, texts.size()))));
            System.err.printf("  %s: embedded %d of %d%n", modelName, vectors.size(), texts.size());
        }
        write(file, vectors);
        return vectors;
    }

    private static String hash(List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.forEach(text -> digest.update((text + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<float[]> read(Path file, int count) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[in.readInt()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.add(vector);
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, List<float[]> vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                for (float[] vector : vectors) {
                    out.writeInt(vector.length);
                    for (float value : vector) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
