package com.salescalls.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ScoredUtterance;
import com.salescalls.insights.SpeakerRole;

/**
 * The four alerts of a call. Threshold alerts fire when a figure crosses out of its healthy range and re-arm only
 * once it is back, so a call that stays bad raises one alert rather than one per utterance.
 */
final class AlertRules {

    private final String callId;
    private final LiveProperties.Alerts settings;
    private final List<Competitor> competitors;
    private boolean sentimentArmed = true;
    private boolean ratioArmed = true;
    private @Nullable Monologue monologue;

    private record Competitor(String name, Pattern pattern) {
    }

    /** The agent's current uninterrupted stretch. */
    private static final class Monologue {
        private final int firstIndex;
        private final @Nullable Long startMs;
        private long words;
        private boolean alerted;

        Monologue(int firstIndex, @Nullable Long startMs) {
            this.firstIndex = firstIndex;
            this.startMs = startMs;
        }
    }

    AlertRules(String callId, LiveProperties.Alerts settings) {
        this.callId = callId;
        this.settings = settings;
        this.competitors = settings.competitors().stream().map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> new Competitor(name, Pattern.compile("(?<![\\p{L}\\p{N}])"
                        + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
    }

    List<LiveMessages.AlertMessage> check(ScoredUtterance utterance, int index, Instant at, CallMonitor figures) {
        List<LiveMessages.AlertMessage> alerts = new ArrayList<>();
        monologue(utterance, index, at, alerts);
        competitors(utterance, index, at, alerts);
        if (utterance.byCustomer()) {
            sentiment(index, at, figures, alerts);
        }
        talkRatio(index, at, figures, alerts);
        return alerts;
    }

    private void monologue(ScoredUtterance utterance, int index, Instant at, List<LiveMessages.AlertMessage> alerts) {
        if (!utterance.byAgent()) {
            monologue = null;
            return;
        }
        if (monologue == null) {
            monologue = new Monologue(index, utterance.startMs());
        }
        monologue.words += utterance.words();
        Long endMs = utterance.endMs() != null ? utterance.endMs() : utterance.startMs();
        Double seconds = monologue.startMs == null || endMs == null ? null : (endMs - monologue.startMs) / 1000.0;
        boolean tooManyWords = monologue.words >= settings.monologueWords();
        boolean tooLong = seconds != null && seconds >= settings.monologueDuration().toMillis() / 1000.0;
        if (!monologue.alerted && (tooManyWords || tooLong)) {
            monologue.alerted = true;
            String length = monologue.words + " words" + (seconds == null ? ""
                    : String.format(Locale.ROOT, " over %.0f s", seconds));
            alerts.add(new LiveMessages.AlertMessage(callId, "agent_monologue", index, at,
                    "The agent has been talking without a break for " + length + " (since utterance "
                            + monologue.firstIndex + "): leave room for the customer",
                    tooLong ? seconds : (double) monologue.words,
                    tooLong ? settings.monologueDuration().toMillis() / 1000.0 : (double) settings.monologueWords(),
                    null));
        }
    }

    private void competitors(ScoredUtterance utterance, int index, Instant at, List<LiveMessages.AlertMessage> alerts) {
        for (Competitor competitor : competitors) {
            if (competitor.pattern().matcher(utterance.text()).find()) {
                String who = utterance.role() == SpeakerRole.UNKNOWN ? "'" + utterance.speaker() + "'" : "the "
                        + utterance.role().wireName();
                alerts.add(new LiveMessages.AlertMessage(callId, "competitor_mentioned", index, at,
                        competitor.name() + " was named by " + who, null, null, competitor.name()));
            }
        }
    }

    private void sentiment(int index, Instant at, CallMonitor figures, List<LiveMessages.AlertMessage> alerts) {
        Double rolling = figures.rollingSentiment();
        if (rolling == null || !figures.rollingWindowFull()) {
            return;
        }
        double threshold = settings.customerSentimentBelow();
        if (rolling >= threshold) {
            sentimentArmed = true;
        } else if (sentimentArmed) {
            sentimentArmed = false;
            alerts.add(new LiveMessages.AlertMessage(callId, "customer_sentiment_low", index, at,
                    String.format(Locale.ROOT, "The customer's sentiment over the last %d turns fell to %.2f"
                            + " (alert below %.2f)", settings.rollingWindow(), rolling, threshold),
                    rolling, threshold, null));
        }
    }

    private void talkRatio(int index, Instant at, CallMonitor figures, List<LiveMessages.AlertMessage> alerts) {
        Double ratio = figures.talkRatio();
        if (ratio == null || figures.wordsSpoken() < settings.talkRatioMinWords()) {
            return;
        }
        boolean tooHigh = ratio > settings.talkRatioMax();
        if (!tooHigh && ratio >= settings.talkRatioMin()) {
            ratioArmed = true;
        } else if (ratioArmed) {
            ratioArmed = false;
            double bound = tooHigh ? settings.talkRatioMax() : settings.talkRatioMin();
            alerts.add(new LiveMessages.AlertMessage(callId, "talk_ratio_out_of_band", index, at,
                    String.format(Locale.ROOT, "The agent's share of the talking is %.0f%%, %s the %.0f-%.0f%% band",
                            ratio * 100, tooHigh ? "above" : "below", settings.talkRatioMin() * 100,
                            settings.talkRatioMax() * 100),
                    ratio, bound, null));
        }
    }
}
