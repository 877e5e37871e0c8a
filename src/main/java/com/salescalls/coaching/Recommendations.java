package com.salescalls.coaching;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Similar calls and coaching nudges for one call, in the shape of {@code GET .../recommendations}. */
public record Recommendations(String callId, List<Similar> similarCalls, List<Nudge> coachingNudges)
        implements Serializable {

    public Recommendations {
        similarCalls = List.copyOf(similarCalls);
        coachingNudges = List.copyOf(coachingNudges);
    }

    /** @param similarityScore cosine similarity of the two calls' embeddings */
    public record Similar(String callId, String agentId, double similarityScore,
                          @Nullable Double customerSentimentScore, String transcriptPreview) implements Serializable {
    }
}
