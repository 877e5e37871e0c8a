package com.salescalls.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.socket.CloseStatus;

/**
 * A connection watching a call that is not stored (yet). It registers before reading the call's history, keeps
 * what arrives meanwhile, then sends history and kept events in order, each once; events of a call the user may
 * not see are never sent, so to an agent another agent's call looks like one that does not exist.
 */
final class Subscriber {

    private final Peer peer;
    private final List<LiveEvent> pending = new ArrayList<>();
    private boolean catchingUp = true;
    private long lastSeq;
    private boolean sentAny;

    Subscriber(Peer peer) {
        this.peer = peer;
    }

    String callId() {
        return peer.callId();
    }

    synchronized void accept(LiveEvent event) {
        if (catchingUp) {
            pending.add(event);
        } else {
            forward(event);
        }
    }

    /** Sends the history and what arrived since; false when nothing could be sent, i.e. the call is not live. */
    synchronized boolean catchUp(List<LiveEvent> history) {
        history.forEach(this::forward);
        pending.sort(Comparator.comparingLong(LiveEvent::seq));
        pending.forEach(this::forward);
        pending.clear();
        catchingUp = false;
        return sentAny;
    }

    private void forward(LiveEvent event) {
        if (event.seq() <= lastSeq || !peer.user().maySee(event.agentId())) {
            return;
        }
        lastSeq = event.seq();
        sentAny = true;
        peer.send(event.payload());
        if (event.last()) {
            peer.closeAfterSending(CloseStatus.NORMAL.withReason("call over"));
        }
    }
}
