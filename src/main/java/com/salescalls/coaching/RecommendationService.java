package com.salescalls.coaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import com.salescalls.calls.Call;
import com.salescalls.calls.CallSearch;
import com.salescalls.calls.CallSummary;
import com.salescalls.insights.SentimentAnalyzer;
import com.salescalls.platform.CacheNames;
import com.salescalls.similarity.SimilarCall;
import com.salescalls.similarity.SimilarCalls;

/**
 * Recommendations for a call: its most similar calls and three coaching nudges. The result depends only on
 * the call, the limit and the scope of calls it may draw on (all, or one agent's), never on who asks, so it
 * is cached under exactly those; callers check first that the asker may see the call.
 */
@Service
public class RecommendationService {

    private final SimilarCalls similar;
    private final CallSearch calls;
    private final SentimentAnalyzer sentiment;
    private final CoachingProperties properties;
    private final NudgeEngine engine;

    RecommendationService(SimilarCalls similar, CallSearch calls, SentimentAnalyzer sentiment,
            CoachingProperties properties) {
        this.similar = similar;
        this.calls = calls;
        this.sentiment = sentiment;
        this.properties = properties;
        this.engine = new NudgeEngine(properties);
    }

    /**
     * @param call         the call, loaded with its embedding
     * @param limit        how many similar calls to list
     * @param visibleAgent only calls of this agent may be listed or named (an agent user's scope); null for all
     */
    @Cacheable(cacheNames = CacheNames.RECOMMENDATIONS,
            key = "#call.callId() + ':' + #limit + ':' + (#visibleAgent == null ? '*' : #visibleAgent)")
    public Recommendations recommend(Call call, int limit, @Nullable String visibleAgent) {
        List<SimilarCall> neighbours = call.embedding() == null ? List.of()
                : similar.similarTo(call.callId(), call.embedding(),
                        Math.max(limit, properties.similarCallsConsidered()), visibleAgent);
        Map<String, CallSummary> summaries = new HashMap<>();
        calls.summaries(neighbours.stream().map(SimilarCall::callId).toList(), null)
                .forEach(summary -> summaries.put(summary.callId(), summary));
        List<Recommendations.Similar> listed = new ArrayList<>();
        for (SimilarCall neighbour : neighbours) {
            CallSummary summary = summaries.get(neighbour.callId());
            if (summary != null && listed.size() < limit) {
                listed.add(new Recommendations.Similar(neighbour.callId(), neighbour.agentId(),
                        neighbour.similarity(), summary.customerSentimentScore(), summary.text()));
            }
        }
        BetterCall better = betterCall(call, neighbours, summaries);
        CallFacts facts = CallFacts.of(call, sentiment, properties.wordsPerMinute());
        return new Recommendations(call.callId(), listed, engine.nudges(facts, better));
    }

    /** The happiest similar call of another agent, if it beats this call by the margin. */
    private @Nullable BetterCall betterCall(Call call, List<SimilarCall> neighbours,
            Map<String, CallSummary> summaries) {
        double own = call.customerSentimentScore() == null ? 0 : call.customerSentimentScore();
        return neighbours.stream()
                .filter(n -> !n.agentId().equals(call.agentId()))
                .filter(n -> summaries.containsKey(n.callId())
                        && summaries.get(n.callId()).customerSentimentScore() != null)
                .map(n -> new BetterCall(n.callId(), n.agentId(), n.similarity(),
                        summaries.get(n.callId()).customerSentimentScore()))
                .filter(b -> b.customerSentiment() - own >= properties.betterCallMargin())
                .max(Comparator.comparingDouble(BetterCall::customerSentiment))
                .orElse(null);
    }
}
