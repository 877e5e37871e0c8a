package com.salescalls.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GeneratedCallFormatTest {

    private final List<GeneratedCall> calls = Transcripts.sample(500);

    @Test
    void idsHaveFixedLengthsAndPrefixes() {
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.callId()).matches("CALL_\\d{8}");
            assertThat(call.agentId()).matches("AGENT_\\d{4}");
            assertThat(call.customerId()).matches("CUST_\\d{6}");
        });
    }

    @Test
    void callIdsCountUpFromTheFirstCallNumber() {
        List<GeneratedCall> generated = new CallGenerator(1L, Transcripts.ANCHOR).generate(3, 99_999_997L);

        assertThat(generated).extracting(GeneratedCall::callId)
                .containsExactly("CALL_99999997", "CALL_99999998", "CALL_99999999");
    }

    @Test
    void transcriptsAreEnglish() {
        assertThat(calls).extracting(GeneratedCall::language).containsOnly("en");
    }

    @Test
    void agentsComeFromTheTwentyPersonRoster() {
        assertThat(calls).extracting(GeneratedCall::agentId)
                .allMatch(id -> AgentRoster.AGENTS.stream().anyMatch(agent -> agent.id().equals(id)));
        assertThat(AgentRoster.AGENTS).hasSize(20)
                .extracting(Agent::id).doesNotHaveDuplicates();
    }

    @Test
    void transcriptsContainNoUnfilledTemplateSlots() {
        assertThat(calls).extracting(GeneratedCall::transcript)
                .noneMatch(text -> text.contains("{") || text.contains("}"));
    }

    @Test
    void sameCustomerIdAlwaysHasTheSameProfile() {
        CustomerDirectory directory = new CustomerDirectory(42L);

        assertThat(directory.profile(17)).isEqualTo(new CustomerDirectory(42L).profile(17))
                .isNotEqualTo(directory.profile(18));
        assertThat(directory.profile(17).id()).isEqualTo("CUST_000017");
    }
}
