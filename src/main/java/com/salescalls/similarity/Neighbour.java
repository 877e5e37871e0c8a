package com.salescalls.similarity;

/** A call found near a query vector, with the cosine similarity of the two. */
record Neighbour(String callId, String agentId, double similarity) {
}
