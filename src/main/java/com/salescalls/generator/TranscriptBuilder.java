package com.salescalls.generator;

/** Enforces the transcript format: one utterance per line, strictly alternating, starting with the agent. */
final class TranscriptBuilder {

    static final String AGENT_LABEL = "Agent: ";
    static final String CUSTOMER_LABEL = "Customer: ";

    private final StringBuilder text = new StringBuilder(4096);
    private int turns;
    private int agentWords;
    private int customerWords;

    TranscriptBuilder agent(String utterance) {
        if (turns % 2 != 0) {
            throw new IllegalStateException("the customer must speak before the agent speaks again");
        }
        agentWords += append(AGENT_LABEL, utterance);
        return this;
    }

    TranscriptBuilder customer(String utterance) {
        if (turns % 2 != 1) {
            throw new IllegalStateException("the agent must speak before the customer speaks again");
        }
        customerWords += append(CUSTOMER_LABEL, utterance);
        return this;
    }

    int turns() {
        return turns;
    }

    Transcript build() {
        return new Transcript(text.toString(), turns, agentWords, customerWords);
    }

    private int append(String label, String utterance) {
        if (turns > 0) {
            text.append('\n');
        }
        text.append(label).append(utterance);
        turns++;
        return countWords(utterance);
    }

    static int countWords(String utterance) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < utterance.length(); i++) {
            boolean letter = !Character.isWhitespace(utterance.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
