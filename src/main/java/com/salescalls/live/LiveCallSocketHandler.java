package com.salescalls.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import com.salescalls.calls.CallService;
import com.salescalls.calls.Checked;
import com.salescalls.calls.IngestResult;
import com.salescalls.calls.IngestRules;
import com.salescalls.calls.NewCall;
import com.salescalls.identity.CurrentUser;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.UtteranceScorer;

/**
 * {@code /ws/calls/{call_id}/live}: a producer streams a call. Each utterance is checked against the ingest rules
 * and analysed at once; the producer and every subscriber get the result and any alerts. {@code {"type": "end"}}
 * stores the call through the calls module like any ingested call, sends the summary and closes normally; if the id
 * was stored meanwhile with other content, the producer hears a conflict instead. A producer that goes away
 * without {@code end} aborts the call: subscribers are told, nothing is stored.
 *
 * <p>An id that is stored, whoever may see that call, or being streamed elsewhere, is refused at once with the same
 * conflict for everyone, which says no more than that the id is taken.
 */
final class LiveCallSocketHandler extends TextWebSocketHandler {

    static final CloseStatus CONFLICT = new CloseStatus(4409, "call already stored or live");

    private static final Logger log = LoggerFactory.getLogger(LiveCallSocketHandler.class);
    private static final String PEER = "live.peer";
    private static final String CALL = "live.call";

    private final CallService calls;
    private final IngestRules rules;
    private final UtteranceScorer scorer;
    private final LiveBus bus;
    private final LiveSessions sessions;
    private final LiveProperties properties;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    LiveCallSocketHandler(CallService calls, IngestRules rules, UtteranceScorer scorer, LiveBus bus,
            LiveSessions sessions, LiveProperties properties, JsonMapper json, ApplicationEventPublisher events) {
        this.calls = calls;
        this.rules = rules;
        this.scorer = scorer;
        this.bus = bus;
        this.sessions = sessions;
        this.properties = properties;
        this.json = json;
        this.events = events;
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
        if (calls.isStored(callId) || !bus.claim(callId, spec.agentId())) {
            refuseConflict(peer, callId);
            return;
        }
        LiveCall call = new LiveCall(callId, spec, properties.alerts());
        attributes.put(CALL, call);
        publish(peer, call, List.of(call.started()), false);
    }

    /** One answer for every taken id, so that it tells nothing about another agent's call. */
    private void refuseConflict(Peer peer, String callId) {
        reply(peer, new LiveMessages.ErrorMessage("conflict",
                "Call '" + callId + "' is already stored or being streamed by another producer"));
        peer.closeAfterSending(CONFLICT);
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
        String problem = received.problem(rules);
        if (problem == null && !call.startsInOrder(received.startMs())) {
            problem = "start_ms must not be before the previous utterance's start";
        }
        int maxUtterances = Math.min(properties.maxUtterances(), rules.maxUtterances());
        if (problem == null && call.utterances() >= maxUtterances) {
            problem = "this call already has the most utterances allowed (" + maxUtterances
                    + "); send {\"type\": \"end\"}";
        }
        if (problem == null && call.characters() + received.text().strip().length() > rules.maxTranscriptChars()) {
            problem = "this utterance would take the call past the most text allowed (" + rules.maxTranscriptChars()
                    + " characters in all); send {\"type\": \"end\"}";
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
        NewCall toStore = switch (rules.check(call.toNewCall())) {
            case Checked.Valid<NewCall> valid -> valid.value();
            case Checked.Invalid<NewCall>(var violations) -> {
                // every utterance passed the rules when it arrived, so this is our fault, not the producer's
                String reason = violations.stream().map(v -> v.field() + ": " + v.message())
                        .collect(Collectors.joining("; "));
                log.error("Live call {} breaks the ingest rules at its end: {}", call.callId(), reason);
                reply(peer, new LiveMessages.ErrorMessage("rejected", "The call cannot be stored: " + reason));
                yield null;
            }
        };
        if (toStore == null) {
            return;
        }
        IngestResult.Status status;
        try {
            status = calls.ingest(List.of(toStore)).getFirst().status();
        } catch (DataAccessException e) {
            log.error("Storing live call {} failed", call.callId(), e);
            reply(peer, new LiveMessages.ErrorMessage("storage_failed", "The call could not be stored now; "
                    + "send {\"type\": \"end\"} again to retry"));
            return;
        }
        if (status == IngestResult.Status.CONFLICT) { // the id was stored meanwhile with other content
            refuseConflict(peer, call.callId());
            return; // aborted for the subscribers when the connection closes
        }
        // ACCEPTED, or ALREADY_STORED: this very call, stored by an earlier end whose answer was lost
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
            if (messages.get(i) instanceof LiveMessages.AlertMessage alert) { // webhooks queue it (live calls only)
                events.publishEvent(new LiveAlertRaised(alert.callId(), call.spec().agentId(), alert.alert(),
                        alert.utteranceIndex(), alert.timestamp(), alert.detail(), alert.value(), alert.threshold(),
                        alert.competitor()));
            }
        }
    }

    private void reply(Peer peer, Object message) {
        peer.send(json.writeValueAsString(message));
    }
}
