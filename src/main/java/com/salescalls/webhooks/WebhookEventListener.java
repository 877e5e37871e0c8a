package com.salescalls.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.salescalls.analytics.AnalyticsRecalculated;
import com.salescalls.calls.CallAnalysisFailed;
import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.live.LiveAlertRaised;

/**
 * Turns the other modules' events into queued deliveries. These listeners run synchronously, on purpose: the
 * analysis events are published inside the transaction that stores the analysis, so the delivery rows commit (or
 * roll back) with it, and no event can be lost between a commit and a listener. Bodies carry ids and a link, not
 * the call itself: a receiver reads the details with its own token, under its own access rights.
 */
@Component
class WebhookEventListener {

    private final WebhookService webhooks;

    WebhookEventListener(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @EventListener
    void on(CallsAnalyzed analyzed) {
        webhooks.enqueueAll(WebhookEvent.CALL_ANALYZED,
                analyzed.callIds().stream().map(WebhookEventListener::call).toList());
    }

    @EventListener
    void on(CallAnalysisFailed failed) {
        webhooks.enqueue(WebhookEvent.CALL_FAILED, call(failed.callId()));
    }

    @EventListener
    void on(LiveAlertRaised alert) {
        Map<String, Object> data = call(alert.callId());
        data.put("agent_id", alert.agentId());
        data.put("alert", alert.alert());
        data.put("utterance_index", alert.utteranceIndex());
        data.put("timestamp", alert.timestamp().toString());
        data.put("detail", alert.detail());
        data.put("value", alert.value());
        data.put("threshold", alert.threshold());
        data.put("competitor", alert.competitor());
        webhooks.enqueue(WebhookEvent.LIVE_ALERT, data);
    }

    @EventListener
    void on(AnalyticsRecalculated done) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job_id", done.jobId().toString());
        data.put("agent_days", done.agentDays());
        data.put("changed", done.changed());
        data.put("calls", done.calls());
        data.put("finished_at", done.finishedAt().toString());
        data.put("href", "/api/v1/jobs/" + done.jobId());
        webhooks.enqueue(WebhookEvent.ANALYTICS_RECALCULATED, data);
    }

    private static Map<String, Object> call(String callId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("call_id", callId);
        data.put("href", "/api/v1/calls/" + callId);
        return data;
    }
}
