package com.salescalls.generator;

import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/** Turns a beat's agent template into a full agent line in the agent's style. */
final class AgentVoice {

    private final RandomGenerator random;
    private final TemplateFiller filler;
    private final Phrases phrases;

    AgentVoice(RandomGenerator random, TemplateFiller filler, Phrases phrases) {
        this.random = random;
        this.filler = filler;
        this.phrases = phrases;
    }

    String line(Beat beat, @Nullable Phase previous, @Nullable String owedAnswer, CallContext context) {
        AgentStyle style = context.style();
        String core = styledCore(beat, previous, style);
        StringBuilder line = new StringBuilder(256);
        if (beat.phase() != Phase.GREETING && Pick.chance(random, ackProbability(style))) {
            // Agents mostly mirror the customer's mood, but not always.
            CustomerMood heard = Pick.chance(random, 0.85) ? context.mood() : CustomerMood.NEUTRAL;
            add(line, phrases.pick(MoodCues.AGENT_ACKS.of(heard)));
        }
        if (owedAnswer != null) {
            add(line, owedAnswer);
        }
        if (style == AgentStyle.CONSULTATIVE && beat.phase() != Phase.GREETING && Pick.chance(random, 0.55)) {
            add(line, phrases.pick(StyleLines.CONSULTATIVE_FRAMES));
        }
        boolean question = core.endsWith("?");
        int tangents = style == AgentStyle.TALKATIVE ? (beat.phase() == Phase.GREETING ? 1 : Pick.between(random, 2, 3)) : 0;
        // Talkative agents ramble before a question rather than after it, so the question still ends the turn.
        if (question) {
            addTangents(line, tangents);
        }
        add(line, core);
        if (!question) {
            addTangents(line, tangents);
        }
        addClosingMove(line, beat.phase(), style, question);
        return filler.fill(line.toString(), context);
    }

    private String styledCore(Beat beat, @Nullable Phase previous, AgentStyle style) {
        boolean followUp = previous == beat.phase();
        if (style == AgentStyle.LISTENER && (beat.phase() == Phase.DISCOVERY && followUp && Pick.chance(random, 0.7)
                || beat.phase() == Phase.OBJECTION && Pick.chance(random, 0.4))) {
            return phrases.pick(StyleLines.LISTENER_PROMPTS);
        }
        return beat.agentCore();
    }

    private void addClosingMove(StringBuilder line, Phase phase, AgentStyle style, boolean endsWithQuestion) {
        if (style == AgentStyle.INQUISITIVE && phase != Phase.GREETING
                && Pick.chance(random, endsWithQuestion ? 0.4 : 0.9)) {
            add(line, phrases.pick(StyleLines.PROBING_QUESTIONS));
        } else if (style == AgentStyle.PUSHY && Pick.chance(random, pushProbability(phase))) {
            add(line, phrases.pick(StyleLines.PUSHY_CLOSES));
        }
    }

    private void addTangents(StringBuilder line, int count) {
        for (int i = 0; i < count; i++) {
            add(line, phrases.pick(StyleLines.TALKATIVE_TANGENTS));
        }
    }

    private static double ackProbability(AgentStyle style) {
        return switch (style) {
            case CONCISE -> 0.0;
            case TALKATIVE -> 0.8;
            case LISTENER -> 0.5;
            default -> 0.6;
        };
    }

    private static double pushProbability(Phase phase) {
        return switch (phase) {
            case GREETING -> 0.0;
            case DISCOVERY -> 0.25;
            default -> 0.75;
        };
    }

    private static void add(StringBuilder line, String sentence) {
        if (!line.isEmpty()) {
            line.append(' ');
        }
        line.append(sentence);
    }
}
