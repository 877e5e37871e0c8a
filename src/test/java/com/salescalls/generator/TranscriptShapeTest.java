package com.salescalls.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptShapeTest {

    private final List<GeneratedCall> calls = Transcripts.sample(1_000);

    @Test
    void everyTranscriptHasBetweenEightAndFortyTurns() {
        assertThat(calls).allSatisfy(call -> assertThat(Transcripts.lines(call)).hasSizeBetween(8, 40));
    }

    @Test
    void turnsStrictlyAlternateStartingWithTheAgent() {
        assertThat(calls).allSatisfy(call -> {
            List<String> lines = Transcripts.lines(call);
            for (int i = 0; i < lines.size(); i++) {
                String label = i % 2 == 0 ? "Agent: " : "Customer: ";
                assertThat(lines.get(i)).startsWith(label);
                assertThat(lines.get(i).length()).isGreaterThan(label.length());
            }
        });
    }

    @Test
    void callsCoverTheSalesPhases() {
        String all = String.join("\n", calls.stream().map(GeneratedCall::transcript).toList());

        assertThat(all).contains("per seat", "proposal", "contract", "trial", "demo")
                .containsAnyOf(Competitors.NAMES.toArray(String[]::new));
    }

    @Test
    void builderRefusesTwoLinesFromTheSameSpeakerInARow() {
        TranscriptBuilder builder = new TranscriptBuilder().agent("Hello there.");

        assertThatIllegalStateException().isThrownBy(() -> builder.agent("Hello again."));
        assertThatIllegalStateException().isThrownBy(() -> new TranscriptBuilder().customer("Hi."));
    }

    @Test
    void builderCountsWordsPerSpeaker() {
        Transcript transcript = new TranscriptBuilder().agent("Hi there, Sam.").customer("Hello.").build();

        assertThat(transcript.text()).isEqualTo("Agent: Hi there, Sam.\nCustomer: Hello.");
        assertThat(transcript.turns()).isEqualTo(2);
        assertThat(transcript.agentWords()).isEqualTo(3);
        assertThat(transcript.customerWords()).isEqualTo(1);
    }
}
