package com.salescalls.insights;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerRoleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void mapsLabelsToSides() {
        assertThat(SpeakerRole.fromLabel("Sales Rep")).isEqualTo(SpeakerRole.AGENT);
        assertThat(SpeakerRole.fromLabel("Customer (Dana)")).isEqualTo(SpeakerRole.CUSTOMER);
        assertThat(SpeakerRole.fromLabel("Dana Smith")).isEqualTo(SpeakerRole.UNKNOWN);
    }

    @Test
    void travelsInJsonByItsLowerCaseWireNameAsBefore() {
        ConversationMetrics.UtteranceSentiment sentiment =
                new ConversationMetrics.UtteranceSentiment(1, SpeakerRole.CUSTOMER, 0.25);

        String written = JSON.writeValueAsString(sentiment);

        assertThat(written).isEqualTo("{\"index\":1,\"role\":\"customer\",\"score\":0.25}");
        assertThat(JSON.readValue(written, ConversationMetrics.UtteranceSentiment.class)).isEqualTo(sentiment);
        assertThat(SpeakerRole.fromWireName("agent")).isEqualTo(SpeakerRole.AGENT);
    }
}
