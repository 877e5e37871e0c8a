package com.salescalls.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due webhook deliveries from this instance: claims a batch (rows other instances hold are skipped), sends
 * them concurrently on virtual threads, records each outcome, and sleeps for the poll interval when nothing is due
 * (or until an event committed here wakes it). A crash between claim and outcome leaves the rows claimed until the
 * lease runs out; then any instance sends them again: at least once, with the same event id.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhooksProperties properties;
    private final DeliveryClient client;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;

    WebhookDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, WebhooksProperties properties) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.properties = properties;
        this.client = new DeliveryClient(properties.timeout(), new TargetGuard(properties.allowPrivate()));
    }

    /** Something was queued on this instance: look now rather than at the next poll. */
    void wake() {
        wakeUp.release();
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        senders = Executors.newVirtualThreadPerTaskExecutor();
        loop = Thread.ofVirtual().name("webhook-dispatcher").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            senders.shutdownNow();
            try {
                loop.join(properties.timeout().toMillis() + 1000);
                senders.awaitTermination(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                int sent = deliverDue();
                if (sent < properties.batchSize()) {
                    wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Webhook delivery round failed; retrying after the poll interval", e);
                try {
                    Thread.sleep(properties.pollInterval());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Claims and sends one batch; returns how many were claimed. */
    int deliverDue() throws InterruptedException {
        UUID claim = UUID.randomUUID();
        List<DeliveryRepository.Claimed> batch = deliveries.claim(claim, properties.lease(), properties.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        var sending = batch.stream().map(d -> senders.submit(() -> deliver(claim, d))).toList();
        for (var future : sending) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("A webhook delivery could not be recorded; it is retried after its lease", e.getCause());
            }
        }
        return batch.size();
    }

    private void deliver(UUID claim, DeliveryRepository.Claimed delivery) {
        DeliveryClient.Outcome outcome = client.send(delivery, Instant.now());
        if (outcome.delivered()) {
            if (deliveries.delivered(delivery.deliveryId(), claim, outcome.status())) {
                webhooks.succeeded(delivery.webhookId());
            }
            return;
        }
        String error = outcome.error() == null ? "failed" : outcome.error();
        deliveries.failedAttempt(delivery.deliveryId(), claim, outcome.status(), error,
                Backoff.after(delivery.attempts(), properties.initialBackoff(), properties.maxBackoff()),
                properties.retryFor());
        if (webhooks.failed(delivery.webhookId(), properties.disableAfter(), error)) {
            int dropped = deliveries.failPending(delivery.webhookId(), "endpoint disabled after failing for "
                    + properties.disableAfter() + "; last error: " + error);
            log.warn("Webhook {} ({}) disabled: failing for {}; {} queued deliveries given up; last error: {}",
                    delivery.webhookId(), delivery.url(), properties.disableAfter(), dropped, error);
        }
    }
}
