package com.salescalls.generator;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Test helpers for reading generated transcripts the way downstream analytics will. */
final class Transcripts {

    static final Instant ANCHOR = Instant.parse("2026-03-01T12:00:00Z");

    private Transcripts() {
    }

    static List<GeneratedCall> sample(int count) {
        return new CallGenerator(42L, ANCHOR).generate(count, 1);
    }

    static List<String> lines(GeneratedCall call) {
        return Arrays.asList(call.transcript().split("\n", -1));
    }

    static List<String> agentUtterances(GeneratedCall call) {
        return utterances(call, TranscriptBuilder.AGENT_LABEL);
    }

    static List<String> customerUtterances(GeneratedCall call) {
        return utterances(call, TranscriptBuilder.CUSTOMER_LABEL);
    }

    static int words(List<String> utterances) {
        return utterances.stream().mapToInt(TranscriptBuilder::countWords).sum();
    }

    static double agentWordShare(GeneratedCall call) {
        int agent = words(agentUtterances(call));
        return agent / (double) (agent + words(customerUtterances(call)));
    }

    static long agentQuestions(GeneratedCall call) {
        return agentUtterances(call).stream().filter(line -> line.endsWith("?")).count();
    }

    private static List<String> utterances(GeneratedCall call, String label) {
        return lines(call).stream().filter(line -> line.startsWith(label))
                .map(line -> line.substring(label.length())).toList();
    }
}
