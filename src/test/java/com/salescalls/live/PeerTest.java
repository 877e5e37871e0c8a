package com.salescalls.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

import com.salescalls.identity.CurrentUser;
import com.salescalls.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A connection whose client stops reading: whoever sends to it never waits, and a subscriber is dropped. */
class PeerTest {

    private static final LiveProperties LIMITS = new LiveProperties(DataSize.ofKilobytes(16), 20, 40, 5,
            Duration.ofSeconds(60), Duration.ofSeconds(20), 100, 16, "test:",
            new LiveProperties.Alerts(-0.3, 3, 250, Duration.ofSeconds(90), List.of(), 0.3, 0.75, 150));

    private final CountDownLatch clientReads = new CountDownLatch(1);

    private WebSocketSession stalledSession() throws Exception {
        WebSocketSession session = mock(WebSocketSession.class);
        when(session.getId()).thenReturn("s1");
        when(session.isOpen()).thenReturn(true);
        doAnswer(invocation -> {
            clientReads.await(); // a client whose receive window is full
            return null;
        }).when(session).sendMessage(any(WebSocketMessage.class));
        return session;
    }

    @Test
    void aSubscriberThatFallsBehindIsClosedWhileTheSenderNeverBlocks() throws Exception {
        WebSocketSession session = stalledSession();
        Peer peer = new Peer(session, new CurrentUser(1, "u", Role.MANAGER, null), "CALL_1", Peer.Kind.SUBSCRIBER,
                LIMITS);
        long began = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            peer.send("{\"n\": " + i + "}");
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isLessThan(2_000);
        verify(session, timeout(2_000)).close(Peer.TOO_SLOW);
        assertThat(peer.isOpen()).isFalse();
        clientReads.countDown();
        peer.stop();
    }

    @Test
    void aProducerWhoDoesNotReadItsRepliesLosesRepliesNotTheCall() throws Exception {
        WebSocketSession session = stalledSession();
        Peer peer = new Peer(session, new CurrentUser(1, "u", Role.MANAGER, null), "CALL_1", Peer.Kind.PRODUCER,
                LIMITS);
        for (int i = 0; i < 1000; i++) {
            peer.send("{\"n\": " + i + "}");
        }
        assertThat(peer.isOpen()).isTrue();
        verify(session, org.mockito.Mockito.never()).close(any(CloseStatus.class));
        clientReads.countDown();
        peer.stop();
    }
}
