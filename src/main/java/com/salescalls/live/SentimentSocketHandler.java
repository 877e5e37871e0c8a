package com.salescalls.live;

import java.util.List;
import java.util.Map;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.databind.json.JsonMapper;

import com.salescalls.calls.Call;
import com.salescalls.calls.CallService;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.InvalidTranscript;
import com.salescalls.insights.ScoredUtterance;
import com.salescalls.insights.UtteranceScorer;

/**
 * {@code /ws/sentiment/{call_id}}: a stored call the user may see is replayed; otherwise the connection follows the
 * live call of that id, joining mid-call with what was said so far, or says {@code waiting} until a producer starts
 * it (or the idle timeout ends the wait). A call of another agent looks exactly like one that does not exist.
 */
final class SentimentSocketHandler extends TextWebSocketHandler {

    private static final String PEER = "live.peer";
    private static final String SUBSCRIBER = "live.subscriber";
    private static final String REPLAY = "live.replay";

    private final CallService calls;
    private final UtteranceScorer scorer;
    private final LiveBus bus;
    private final Subscriptions subscriptions;
    private final LiveSessions sessions;
    private final LiveProperties properties;
    private final JsonMapper json;

    SentimentSocketHandler(CallService calls, UtteranceScorer scorer, LiveBus bus, Subscriptions subscriptions,
            LiveSessions sessions, LiveProperties properties, JsonMapper json) {
        this.calls = calls;
        this.scorer = scorer;
        this.bus = bus;
        this.subscriptions = subscriptions;
        this.sessions = sessions;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Map<String, Object> attributes = session.getAttributes();
        CurrentUser user = (CurrentUser) attributes.get(LiveHandshake.USER);
        String callId = (String) attributes.get(LiveHandshake.CALL_ID);
        Peer peer = new Peer(session, user, callId, Peer.Kind.SUBSCRIBER, properties);
        attributes.put(PEER, peer);
        if (!sessions.open(peer)) {
            peer.closeNow(CloseStatus.POLICY_VIOLATION.withReason("too many connections"));
            return;
        }
        Call stored = calls.find(callId, user).orElse(null);
        if (stored != null) {
            List<ScoredUtterance> utterances;
            try {
                utterances = stored.utterances() == null ? scorer.score(stored.transcript())
                        : scorer.score(stored.utterances());
            } catch (InvalidTranscript e) {
                peer.send(json.writeValueAsString(new LiveMessages.ErrorMessage("unreadable_transcript",
                        "The stored transcript cannot be replayed: " + e.getMessage())));
                peer.closeAfterSending(CloseStatus.NORMAL.withReason("unreadable transcript"));
                return;
            }
            peer.becomeReplay();
            Replay replay = new Replay(stored, utterances, peer,
                    (Double) attributes.get(LiveHandshake.SPEED), properties.alerts(), json);
            attributes.put(REPLAY, Thread.ofVirtual().name("live-replay-" + session.getId()).start(replay));
            return;
        }
        Subscriber subscriber = new Subscriber(peer);
        attributes.put(SUBSCRIBER, subscriber);
        subscriptions.add(subscriber);
        if (!subscriber.catchUp(bus.history(callId))) {
            peer.send(json.writeValueAsString(new LiveMessages.StatusMessage("waiting", callId,
                    "No stored or live call with this id yet: waiting for a producer to start it")));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Peer peer = (Peer) session.getAttributes().get(PEER);
        InboundCheck.Verdict verdict = InboundCheck.check(peer, message, properties);
        LiveMessages.ErrorMessage reply = verdict.accepted() ? new LiveMessages.ErrorMessage("unexpected_message",
                "This endpoint only sends; producers stream calls to /ws/calls/{call_id}/live") : verdict.reply();
        if (reply != null) {
            peer.send(json.writeValueAsString(reply));
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        ((Peer) session.getAttributes().get(PEER)).receivedPong();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Map<String, Object> attributes = session.getAttributes();
        if (attributes.get(SUBSCRIBER) instanceof Subscriber subscriber) {
            subscriptions.remove(subscriber);
        }
        if (attributes.get(REPLAY) instanceof Thread replay) {
            replay.interrupt();
        }
        if (attributes.get(PEER) instanceof Peer peer) {
            sessions.closed(peer);
        }
    }
}
