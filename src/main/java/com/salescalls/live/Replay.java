package com.salescalls.live;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.CloseStatus;

import tools.jackson.databind.json.JsonMapper;

import com.salescalls.calls.Call;
import com.salescalls.insights.ScoredUtterance;

/**
 * Replays a stored call to one connection, utterance by utterance with the same figures and alerts a live call
 * gets, then a summary and a normal close. Without a speed it sends as fast as the client reads; with one, the
 * gaps between utterances are the call's own divided by the speed: the {@code [hh:mm:ss]} stamps when every
 * utterance has one, otherwise the call's duration shared out by words (people talk at a fairly steady pace).
 */
final class Replay implements Runnable {

    private final Call call;
    private final List<ScoredUtterance> utterances;
    private final Peer peer;
    private final @Nullable Double speed;
    private final LiveProperties.Alerts alerts;
    private final JsonMapper json;

    Replay(Call call, List<ScoredUtterance> utterances, Peer peer, @Nullable Double speed,
            LiveProperties.Alerts alerts, JsonMapper json) {
        this.call = call;
        this.utterances = utterances;
        this.peer = peer;
        this.speed = speed;
        this.alerts = alerts;
        this.json = json;
    }

    @Override
    public void run() {
        try {
            long[] offsets = offsetsMs(utterances, call.durationSeconds());
            CallMonitor monitor = new CallMonitor(call.callId(), alerts);
            Instant start = call.startTime().toInstant();
            long began = System.nanoTime();
            for (int i = 0; i < utterances.size() && peer.isOpen(); i++) {
                if (speed != null) {
                    long dueNanos = began + (long) ((offsets[i] - offsets[0]) * 1_000_000 / speed);
                    long waitNanos = dueNanos - System.nanoTime();
                    if (waitNanos > 0) {
                        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                    }
                }
                for (Object message : monitor.accept(utterances.get(i), start.plusMillis(offsets[i]))) {
                    peer.sendWaiting(json.writeValueAsString(message));
                }
            }
            peer.sendWaiting(json.writeValueAsString(monitor.summary(call.durationSeconds())));
            peer.closeAfterSending(CloseStatus.NORMAL.withReason("replay complete"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the client went away
        }
    }

    static long[] offsetsMs(List<ScoredUtterance> utterances, int durationSeconds) {
        long[] offsets = new long[utterances.size()];
        if (utterances.stream().allMatch(u -> u.startMs() != null)) {
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = utterances.get(i).startMs();
            }
            return offsets;
        }
        long totalWords = Math.max(1, utterances.stream().mapToLong(u -> Math.max(1, u.words())).sum());
        long wordsBefore = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = wordsBefore * durationSeconds * 1000L / totalWords;
            wordsBefore += Math.max(1, utterances.get(i).words());
        }
        return offsets;
    }
}
