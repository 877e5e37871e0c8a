package com.salescalls.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class AgentStyleSignalTest {

    private final List<GeneratedCall> calls = Transcripts.sample(1_000);

    @Test
    void everyStyleAndEveryMoodOccurs() {
        assertThat(calls).extracting(GeneratedCall::agentStyle).contains(AgentStyle.values());
        assertThat(calls).extracting(GeneratedCall::mood).contains(CustomerMood.values());
    }

    @Test
    void talkativeAgentsTakeAFarLargerShareOfTheWordsThanListeners() {
        double talkative = mean(AgentStyle.TALKATIVE, Transcripts::agentWordShare);
        double listener = mean(AgentStyle.LISTENER, Transcripts::agentWordShare);

        assertThat(talkative).isGreaterThan(listener + 0.2);
    }

    @Test
    void inquisitiveAgentsAskMoreQuestionsPerCallThanAnyOtherStyle() {
        double inquisitive = mean(AgentStyle.INQUISITIVE, call -> Transcripts.agentQuestions(call));

        for (AgentStyle other : AgentStyle.values()) {
            if (other != AgentStyle.INQUISITIVE) {
                assertThat(inquisitive).as("vs %s", other)
                        .isGreaterThan(mean(other, call -> Transcripts.agentQuestions(call)));
            }
        }
    }

    @Test
    void conciseAgentsSpeakInShorterTurnsThanTalkativeOnes() {
        ToDoubleFunction<GeneratedCall> wordsPerAgentTurn = call ->
                Transcripts.words(Transcripts.agentUtterances(call)) / (double) Transcripts.agentUtterances(call).size();

        assertThat(mean(AgentStyle.CONCISE, wordsPerAgentTurn)).isLessThan(mean(AgentStyle.TALKATIVE, wordsPerAgentTurn) / 2);
    }

    @Test
    void pushyAgentsPushForACloseMoreThanOthers() {
        ToDoubleFunction<GeneratedCall> pushes = call -> StyleLines.PUSHY_CLOSES.stream()
                .filter(push -> !push.contains("{") && call.transcript().contains(push)).count();

        assertThat(mean(AgentStyle.PUSHY, pushes)).isGreaterThan(2.0);
        assertThat(mean(AgentStyle.CONSULTATIVE, pushes)).isZero();
    }

    @Test
    void skilledAgentsHaveMorePleasedCustomers() {
        List<GeneratedCall> many = Transcripts.sample(4_000);
        double best = pleasedShare(many, "AGENT_0010");
        double worst = pleasedShare(many, "AGENT_0017");

        assertThat(best).isGreaterThan(worst + 0.2);
    }

    private double mean(AgentStyle style, ToDoubleFunction<GeneratedCall> metric) {
        return calls.stream().filter(call -> call.agentStyle() == style).mapToDouble(metric).average().orElseThrow();
    }

    private static double pleasedShare(List<GeneratedCall> calls, String agentId) {
        return calls.stream().filter(call -> call.agentId().equals(agentId))
                .mapToDouble(call -> call.mood() == CustomerMood.PLEASED ? 1 : 0).average().orElseThrow();
    }
}
