package com.salescalls.insights;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The all-MiniLM-L6-v2 ONNX files shipped in the langchain4j jars (fp32, and the same model quantized to int8;
 * both use the same tokenizer), each loaded into one session per JVM on first use.
 */
enum EmbeddingModelFile {
    FP32("all-minilm-l6-v2.onnx"),
    QUANTIZED("all-minilm-l6-v2-q.onnx");

    private final String resource;
    private volatile OrtSession session;

    EmbeddingModelFile(String resource) {
        this.resource = resource;
    }

    OrtSession session() {
        OrtSession loaded = session;
        if (loaded == null) {
            synchronized (this) {
                loaded = session;
                if (loaded == null) {
                    loaded = load();
                    session = loaded;
                }
            }
        }
        return loaded;
    }

    private OrtSession load() {
        try (InputStream in = EmbeddingModelFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return OrtEnvironment.getEnvironment().createSession(in.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load " + resource, e);
        }
    }
}
