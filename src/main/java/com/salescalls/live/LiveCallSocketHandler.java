package com.salescalls.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import com.salescalls.calls.CallNotFound;
import com.salescalls.calls.CallService;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.UtteranceScorer;

/**
 * {@code /ws/calls/{call_id}/live}: a producer streams a call. Each utterance is analysed at once; the producer and
 * every subscriber get the result and any alerts. {@code {"type": "end"}} stores the call through the calls module
 * like any ingested call, sends the summary and closes normally. A producer that goes away without {@code end}
 * aborts the call: subscribers are told, nothing is stored.
 */
final class LiveCallSocketHandler extends TextWebSocketHandler {

    static final CloseStatus CONFLICT = new CloseStatus(4409, "call already stored or live");

    private static final Logger log = LoggerFactory.getLogger(LiveCallSocketHandler.class);
    private static final String PEER = "live.peer";
    private static final String CALL = "live.call";

    private final CallService calls;
    private final UtteranceScorer scorer;
    private final LiveBus bus;
    private final LiveSessions sessions;
    private final LiveProperties properties;
    private final JsonMapper json;

    LiveCallSocketHandler(CallService calls, UtteranceScorer scorer, LiveBus bus, LiveSessions sessions,
            LiveProperties properties, JsonMapper json) {
        this.calls = calls;
        this.scorer = scorer;
        this.bus = bus;
        this.sessions = sessions;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Map<String, Object> attributes = session.getAttributes();
        String callId = (String) attributes.get(LiveHandshake.CALL_ID);
        LiveCallSpec spec = (LiveCallSpec) attributes.get(LiveHandshake.SPEC);
        Peer peer = new Peer(session, (CurrentUser) attributes.get(LiveHandshake.USER),
                callId, Peer.Kind.PRODUCER, properties);
        attributes.put(PEER, peer);
        if (!sessions.open(peer)) {
            peer.closeNow(CloseStatus.POLICY_VIOLATION.withReason("too many connections"));
            return;
        }
        if (isStored(peer) || !bus.claim(callId, spec.agentId())) {
            reply(peer, new LiveMessages.ErrorMessage("conflict",
                    "Call '" + callId + "' is already stored or being streamed by another producer"));
            peer.closeAfterSending(CONFLICT);
            return;
        }
        LiveCall call = new LiveCall(callId, spec, properties.alerts());
        attributes.put(CALL, call);
        publish(peer, call, List.of(call.started()), false);
    }

    private boolean isStored(Peer peer) {
        try {
            calls.get(peer.callId(), peer.user(), false);
            return true;
        } catch (CallNotFound e) {
            return false;
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Peer peer = (Peer) session.getAttributes().get(PEER);
        LiveCall call = (LiveCall) session.getAttributes().get(CALL);
        if (call == null) {
            return; // refused at connection; closing
        }
        InboundCheck.Verdict verdict = InboundCheck.check(peer, message, properties);
        if (!verdict.accepted()) {
            if (verdict.reply() != null) {
                reply(peer, verdict.reply());
            }
            return;
        }
        synchronized (call) { // the sweeper may close the connection meanwhile
            if (!call.isOver()) {
                handle(peer, call, message);
            }
        }
    }

    private void handle(Peer peer, LiveCall call, TextMessage message) {
        ProducerMessage received;
        try {
            received = json.readValue(message.getPayload(), ProducerMessage.class);
        } catch (JacksonException e) {
            // Jackson's own message names our classes and its features: say only where the message went wrong
            String field = e.getPath().stream().map(JacksonException.Reference::getPropertyName)
                    .filter(java.util.Objects::nonNull).map(name -> name.length() > 64 ? name.substring(0, 64) : name)
                    .reduce((a, b) -> a + "." + b).orElse(null);
            reply(peer, new LiveMessages.ErrorMessage("invalid_json", field == null
                    ? "Not a JSON object of the expected shape {speaker, text, start_ms, end_ms} or {type: end}"
                    : "Field '" + field + "' is not of the expected type"));
            return;
        }
        if (received == null) {
            reply(peer, new LiveMessages.ErrorMessage("invalid_json", "Expected a JSON object, got null"));
            return;
        }
        String type = received.type() == null ? "utterance" : received.type();
        switch (type) {
            case "utterance" -> utterance(peer, call, received);
            case "end" -> end(peer, call);
            default -> reply(peer, new LiveMessages.ErrorMessage("invalid_message",
                    "type must be 'utterance' (or absent) or 'end'"));
        }
    }

    private void utterance(Peer peer, LiveCall call, ProducerMessage received) {
        String problem = received.problem();
        if (problem == null && !call.startsInOrder(received.startMs())) {
            problem = "start_ms must not be before the previous utterance's start";
        }
        if (problem == null && call.utterances() >= properties.maxUtterances()) {
            problem = "this call already has the most utterances allowed (" + properties.maxUtterances()
                    + "); send {\"type\": \"end\"}";
        }
        if (problem != null) {
            reply(peer, new LiveMessages.ErrorMessage("invalid_message", problem));
            return;
        }
        SpokenLine line = new SpokenLine(received.speaker().strip(), received.text().strip(), received.startMs(),
                received.endMs());
        publish(peer, call, call.add(line, scorer, Instant.now()), false);
        if (call.keepAliveDue(properties.idleTimeout().toNanos() / 2)) {
            bus.keepAlive(call.callId());
        }
    }

    private void end(Peer peer, LiveCall call) {
        if (call.utterances() == 0) {
            reply(peer, new LiveMessages.ErrorMessage("empty_call", "Nothing to store yet: send utterances first"));
            return;
        }
        try {
            calls.ingest(List.of(call.toNewCall()));
        } catch (DuplicateKeyException e) {
            reply(peer, new LiveMessages.ErrorMessage("conflict", "Call '" + call.callId() + "' was stored meanwhile"));
            peer.closeAfterSending(CONFLICT);
            return; // aborted for the subscribers when the connection closes
        } catch (ErrorResponseException e) {
            // refused by the calls module (e.g. the id was posted meanwhile with other content): say why
            boolean conflict = e.getStatusCode().value() == HttpStatus.CONFLICT.value();
            reply(peer, new LiveMessages.ErrorMessage(conflict ? "conflict" : "rejected",
                    String.valueOf(e.getBody().getDetail())));
            if (conflict) {
                peer.closeAfterSending(CONFLICT);
            }
            return;
        } catch (DataAccessException e) {
            log.error("Storing live call {} failed", call.callId(), e);
            reply(peer, new LiveMessages.ErrorMessage("storage_failed", "The call could not be stored now; "
                    + "send {\"type\": \"end\"} again to retry"));
            return;
        }
        call.markOver();
        publish(peer, call, List.of(call.summary()), true);
        bus.release(call.callId());
        peer.closeAfterSending(CloseStatus.NORMAL.withReason("call stored"));
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        ((Peer) session.getAttributes().get(PEER)).receivedPong();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Peer peer = (Peer) session.getAttributes().get(PEER);
        if (session.getAttributes().get(CALL) instanceof LiveCall call) {
            synchronized (call) {
                if (!call.isOver()) {
                    call.markOver();
                    publish(peer, call, List.of(new LiveMessages.StatusMessage("aborted", call.callId(),
                            "The producer went away before ending the call (" + status.getCode()
                                    + "); nothing was stored")), true);
                    bus.release(call.callId());
                }
            }
        }
        if (peer != null) {
            sessions.closed(peer);
        }
    }

    /** Numbers the messages, sends them to the producer and publishes them to every subscriber. */
    private void publish(Peer peer, LiveCall call, List<Object> messages, boolean last) {
        for (int i = 0; i < messages.size(); i++) {
            String payload = json.writeValueAsString(messages.get(i));
            peer.send(payload);
            bus.publish(new LiveEvent(call.callId(), call.nextSeq(), call.spec().agentId(),
                    last && i == messages.size() - 1, payload));
        }
    }

    private void reply(Peer peer, Object message) {
        peer.send(json.writeValueAsString(message));
    }
}
