package com.salescalls.live;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessLiveBusTest {

    private final InProcessLiveBus bus = new InProcessLiveBus(new Subscriptions(), 3, Duration.ZERO);

    private static LiveEvent event(String callId, long seq) {
        return new LiveEvent(callId, seq, "AGENT_1", false, "{\"n\":" + seq + "}");
    }

    @Test
    void aCallHasOneProducerAtATime() {
        assertThat(bus.claim("CALL_1", "AGENT_1")).isTrue();
        assertThat(bus.claim("CALL_1", "AGENT_1")).isFalse();
        bus.release("CALL_1");
        assertThat(bus.claim("CALL_1", "AGENT_1")).isTrue();
    }

    @Test
    void historyKeepsTheLatestEventsAndANewAttemptStartsAfresh() {
        bus.claim("CALL_2", "AGENT_1");
        for (long seq = 1; seq <= 5; seq++) {
            bus.publish(event("CALL_2", seq));
        }
        assertThat(bus.history("CALL_2")).extracting(LiveEvent::seq).containsExactly(3L, 4L, 5L);
        bus.release("CALL_2");
        bus.claim("CALL_2", "AGENT_1");
        assertThat(bus.history("CALL_2")).isEmpty();
    }

    @Test
    void eventsSurviveTheTripThroughARedisFrame() {
        LiveEvent event = new LiveEvent("CALL:3.a", 42, "AGENT_1", true, "{\"text\":\"a|b\"}");
        assertThat(LiveEvent.decode(event.encode())).isEqualTo(event);
    }
}
