package com.salescalls.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.salescalls.insights.SpeakerRole;
import com.salescalls.insights.ScoredUtterance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlertRulesTest {

    private static final LiveProperties.Alerts SETTINGS = new LiveProperties.Alerts(-0.3, 2, 12,
            Duration.ofSeconds(30), List.of("PipeStream", "Vendora CRM"), 0.3, 0.75, 20);

    private final CallMonitor monitor = new CallMonitor("CALL_1", SETTINGS);
    private final List<LiveMessages.AlertMessage> alerts = new ArrayList<>();

    private void say(String role, int words, double sentiment, String text, Long startMs, Long endMs) {
        ScoredUtterance utterance = new ScoredUtterance(role.equals("agent") ? "Agent" : "Customer",
                SpeakerRole.fromWireName(role), text,
                startMs, endMs, words, sentiment);
        monitor.accept(utterance, Instant.EPOCH).stream().filter(LiveMessages.AlertMessage.class::isInstance)
                .map(LiveMessages.AlertMessage.class::cast).forEach(alerts::add);
    }

    private void say(String role, int words, double sentiment) {
        say(role, words, sentiment, "words", null, null);
    }

    private List<String> raised() {
        return alerts.stream().map(LiveMessages.AlertMessage::alert).toList();
    }

    private List<String> raised(String alert) {
        return raised().stream().filter(alert::equals).toList();
    }

    @Test
    void customerSentimentAlertsOnceWhenTheRollingMeanFallsAndAgainOnlyAfterRecovering() {
        say("customer", 5, -0.9); // one remark is not yet a full window
        assertThat(raised("customer_sentiment_low")).isEmpty();
        say("customer", 5, 0.5);
        say("customer", 5, -0.5);
        assertThat(raised("customer_sentiment_low")).isEmpty();
        say("customer", 5, -0.8);
        assertThat(raised("customer_sentiment_low")).hasSize(1);
        assertThat(alerts.stream().filter(a -> a.alert().equals("customer_sentiment_low")).findFirst().orElseThrow().value()).isCloseTo(-0.65, within(1e-12));
        say("customer", 5, -0.9);
        assertThat(raised("customer_sentiment_low")).as("still low: no second alert").hasSize(1);
        say("customer", 5, 0.9);
        say("customer", 5, 0.9);
        say("customer", 5, -0.9);
        say("customer", 5, -0.9);
        assertThat(raised("customer_sentiment_low")).hasSize(2);
    }

    @Test
    void aMonologueAlertsOnceByWordsAndEndsWhenTheCustomerSpeaks() {
        say("customer", 3, 0.0);
        say("agent", 5, 0.0);
        say("agent", 5, 0.0);
        assertThat(raised("agent_monologue")).isEmpty();
        say("agent", 5, 0.0);
        say("agent", 5, 0.0);
        assertThat(raised("agent_monologue")).hasSize(1);
        say("customer", 20, 0.0);
        say("agent", 12, 0.0);
        assertThat(raised("agent_monologue")).hasSize(2);
    }

    @Test
    void aMonologueAlertsByTimeWhenUtterancesAreTimed() {
        say("agent", 2, 0.0, "Okay.", 1_000L, 2_000L);
        say("agent", 2, 0.0, "So then.", 20_000L, 31_500L);
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.alert()).isEqualTo("agent_monologue");
            assertThat(alert.value()).isEqualTo(30.5);
            assertThat(alert.threshold()).isEqualTo(30.0);
        });
    }

    @Test
    void competitorsAreFoundAsWholeWordsInAnyCaseWhoeverNamesThem() {
        say("customer", 4, 0.0, "we tried pipestream last year", null, null);
        say("agent", 4, 0.0, "Unlike Vendora  CRM, we sync hourly", null, null);
        say("agent", 4, 0.0, "PipeStreamline is our own module", null, null);
        assertThat(alerts).extracting(LiveMessages.AlertMessage::competitor).containsExactly("PipeStream", "Vendora CRM");
        assertThat(alerts.getFirst().detail()).contains("the customer");
    }

    @Test
    void talkRatioIsJudgedOnlyAfterEnoughWordsAndAlertsOnLeavingTheBand() {
        say("agent", 10, 0.0);
        say("customer", 1, 0.0);
        say("agent", 5, 0.0);
        assertThat(raised("talk_ratio_out_of_band")).as("too few words to judge").isEmpty();
        say("customer", 1, 0.0);
        say("agent", 5, 0.0);
        assertThat(raised("talk_ratio_out_of_band")).hasSize(1);
        assertThat(alerts.getFirst().threshold()).isEqualTo(0.75);
        say("customer", 30, 0.0);
        say("customer", 30, 0.0);
        assertThat(raised("talk_ratio_out_of_band")).hasSize(2);
        assertThat(alerts.getLast().threshold()).isEqualTo(0.3);
    }
}
