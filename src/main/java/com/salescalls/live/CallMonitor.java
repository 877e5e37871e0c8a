package com.salescalls.live;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ScoredUtterance;

/**
 * The running figures of one call, utterance by utterance, and the alerts they raise. Used alike for replays and
 * live calls. Not thread-safe: one call's utterances arrive in order from one source.
 */
final class CallMonitor {

    private final String callId;
    private final AlertRules rules;
    private final int rollingWindow;
    private final Deque<Double> recentCustomer = new ArrayDeque<>();
    private int utterances;
    private int alerts;
    private double customerSum;
    private int customerTurns;
    private long agentWords;
    private long customerWords;

    CallMonitor(String callId, LiveProperties.Alerts settings) {
        this.callId = callId;
        this.rules = new AlertRules(callId, settings);
        this.rollingWindow = settings.rollingWindow();
    }

    /** The utterance's message followed by any alerts it raised. */
    List<Object> accept(ScoredUtterance utterance, Instant timestamp) {
        int index = utterances++;
        if (utterance.byAgent()) {
            agentWords += utterance.words();
        } else if (utterance.byCustomer()) {
            customerWords += utterance.words();
            // blank turns carry no sentiment, as in the stored customer_sentiment_score
            if (!utterance.text().isBlank()) {
                customerSum += utterance.sentiment();
                customerTurns++;
                recentCustomer.addLast(utterance.sentiment());
                if (recentCustomer.size() > rollingWindow) {
                    recentCustomer.removeFirst();
                }
            }
        }
        List<Object> messages = new ArrayList<>();
        messages.add(new LiveMessages.UtteranceMessage(callId, customerSentiment(), timestamp, index,
                utterance.speaker(), utterance.role(), utterance.text(), utterance.sentiment(), rollingSentiment(),
                talkRatio()));
        List<LiveMessages.AlertMessage> raised = rules.check(utterance, index, timestamp, this);
        alerts += raised.size();
        messages.addAll(raised);
        return messages;
    }

    LiveMessages.SummaryMessage summary(int durationSeconds) {
        return new LiveMessages.SummaryMessage(callId, utterances, customerSentiment(), talkRatio(), alerts,
                durationSeconds);
    }

    int utterances() {
        return utterances;
    }

    @Nullable Double customerSentiment() {
        return customerTurns == 0 ? null : customerSum / customerTurns;
    }

    @Nullable Double rollingSentiment() {
        return recentCustomer.isEmpty() ? null
                : recentCustomer.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Whether the rolling mean already spans a full window, so one early remark does not raise an alert. */
    boolean rollingWindowFull() {
        return recentCustomer.size() >= rollingWindow;
    }

    @Nullable Double talkRatio() {
        long total = agentWords + customerWords;
        return total == 0 ? null : (double) agentWords / total;
    }

    long wordsSpoken() {
        return agentWords + customerWords;
    }
}
