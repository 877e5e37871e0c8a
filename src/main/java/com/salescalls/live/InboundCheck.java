package com.salescalls.live;

import org.jspecify.annotations.Nullable;

import org.springframework.web.socket.TextMessage;

/** The per-message bounds every live connection shares: rate, then size. A refused message gets an error back. */
final class InboundCheck {

    private InboundCheck() {
    }

    static LiveMessages.@Nullable ErrorMessage refusal(Peer peer, TextMessage message, LiveProperties limits) {
        peer.receivedMessage();
        if (!peer.admit()) {
            return new LiveMessages.ErrorMessage("rate_limited", "More than " + limits.messagesPerSecond()
                    + " messages per second (bursts of " + limits.messageBurst() + "); this one was dropped");
        }
        if (message.getPayloadLength() > limits.maxMessageSize().toBytes()) {
            return new LiveMessages.ErrorMessage("message_too_large", "Messages may be at most "
                    + limits.maxMessageSize().toBytes() + " bytes; this one was dropped");
        }
        return null;
    }
}
