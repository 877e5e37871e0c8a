package com.salescalls.live;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.SpeakerRole;

/** What the live endpoints send, each with a {@code type} first so a client can tell them apart. */
final class LiveMessages {

    private LiveMessages() {
    }

    /**
     * One analysed utterance. {@code sentiment} is the customer's sentiment over the call so far (the mean that
     * becomes the stored {@code customer_sentiment_score}); {@code rolling_customer_sentiment} the mean of the
     * customer's last few utterances; both null until the customer has spoken.
     */
    @JsonPropertyOrder("type")
    record UtteranceMessage(String callId, @Nullable Double sentiment, Instant timestamp, int utteranceIndex,
                            String speaker, SpeakerRole role, String text, double utteranceSentiment,
                            @Nullable Double rollingCustomerSentiment, @Nullable Double agentTalkRatioSoFar) {
        @JsonProperty("type")
        String type() {
            return "utterance";
        }
    }

    /** Something a coach should see now; {@code alert} names the rule, {@code detail} says it for people. */
    @JsonPropertyOrder("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AlertMessage(String callId, String alert, int utteranceIndex, Instant timestamp, String detail,
                        @Nullable Double value, @Nullable Double threshold, @Nullable String competitor) {
        @JsonProperty("type")
        String type() {
            return "alert";
        }
    }

    /** The end of a replay or a live call, just before the server closes the connection normally. */
    @JsonPropertyOrder("type")
    record SummaryMessage(String callId, int utterances, @Nullable Double customerSentimentScore,
                          @Nullable Double agentTalkRatio, int alerts, int durationSeconds) {
        @JsonProperty("type")
        String type() {
            return "summary";
        }
    }

    /** A live call's metadata, the first thing its subscribers see. */
    @JsonPropertyOrder("type")
    record StartedMessage(String callId, String agentId, String customerId, String language, Instant startTime) {
        @JsonProperty("type")
        String type() {
            return "started";
        }
    }

    /** {@code waiting}, {@code aborted} or {@code timeout}, with what it means for the client. */
    @JsonPropertyOrder("type")
    record StatusMessage(String type, String callId, String detail) {
    }

    /** A message that could not be handled; the connection stays usable unless a close follows. */
    @JsonPropertyOrder("type")
    record ErrorMessage(String error, String detail) {
        @JsonProperty("type")
        String type() {
            return "error";
        }
    }
}
