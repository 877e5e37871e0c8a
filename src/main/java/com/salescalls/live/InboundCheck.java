package com.salescalls.live;

import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.TextMessage;

/**
 * The per-message bounds every live connection shares: rate, then size. A refused message gets an error back,
 * except that a flood is told it is rate limited at most once a second: answering every dropped message would
 * only multiply the flood.
 */
final class InboundCheck {

    private static final long NOTICE_INTERVAL_NANOS = 1_000_000_000L;

    /** Whether to handle the message; if not, what to answer (nothing when {@code reply} is null). */
    record Verdict(boolean accepted, LiveMessages.@Nullable ErrorMessage reply) {
        static final Verdict ACCEPT = new Verdict(true, null);
    }

    private InboundCheck() {
    }

    static Verdict check(Peer peer, TextMessage message, LiveProperties limits) {
        peer.receivedMessage();
        if (!peer.admit()) {
            return new Verdict(false, peer.rateNoticeDue(NOTICE_INTERVAL_NANOS)
                    ? new LiveMessages.ErrorMessage("rate_limited", "More than " + limits.messagesPerSecond()
                            + " messages per second (bursts of " + limits.messageBurst() + "); messages are dropped"
                            + " until the rate falls, with this notice at most once a second")
                    : null);
        }
        if (message.getPayloadLength() > limits.maxMessageSize().toBytes()) {
            return new Verdict(false, new LiveMessages.ErrorMessage("message_too_large", "Messages may be at most "
                    + limits.maxMessageSize().toBytes() + " bytes; this one was dropped"));
        }
        return Verdict.ACCEPT;
    }
}
