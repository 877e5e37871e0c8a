package com.salescalls.similarity;

import java.io.Serializable;

/** A call similar to another, with the cosine similarity of their embeddings. */
public record SimilarCall(String callId, String agentId, double similarity) implements Serializable {
}
