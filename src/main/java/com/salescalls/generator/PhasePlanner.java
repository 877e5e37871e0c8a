package com.salescalls.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides how many exchanges (agent line + customer line) a call has and which phase each belongs to. Styles
 * differ in call length and in how much of the call goes to discovery versus pitching.
 */
final class PhasePlanner {

    static final int MIN_EXCHANGES = 4;
    static final int MAX_EXCHANGES = 20;
    private static final int MAX_PRICING = 2;
    private static final int MAX_COMPETITOR = 2;

    private record Shape(int minExchanges, int maxExchanges, double discoveryShare, double pitchShare) {
    }

    private PhasePlanner() {
    }

    static List<Phase> plan(AgentStyle style, RandomGenerator random) {
        Shape shape = shapeOf(style);
        int exchanges = Pick.between(random, shape.minExchanges(), shape.maxExchanges());
        int middle = exchanges - 2;
        int discovery = clamp((int) Math.round(middle * shape.discoveryShare()), 1, middle - 1);
        int pitch = clamp((int) Math.round(middle * shape.pitchShare()), 1, middle - discovery);
        int pricing = 0;
        List<Phase> tail = new ArrayList<>();
        int competitors = 0;
        for (int slot = middle - discovery - pitch; slot > 0; slot--) {
            double roll = random.nextDouble();
            if (roll < 0.3 && pricing < MAX_PRICING) {
                pricing++;
            } else if (roll > 0.75 && competitors < MAX_COMPETITOR) {
                competitors++;
                tail.add(Phase.COMPETITOR);
            } else {
                tail.add(Phase.OBJECTION);
            }
        }
        shuffle(tail, random);
        List<Phase> plan = new ArrayList<>(exchanges);
        plan.add(Phase.GREETING);
        repeat(plan, Phase.DISCOVERY, discovery);
        repeat(plan, Phase.PITCH, pitch);
        repeat(plan, Phase.PRICING, pricing);
        plan.addAll(tail);
        plan.add(Phase.NEXT_STEPS);
        return plan;
    }

    private static Shape shapeOf(AgentStyle style) {
        return switch (style) {
            case TALKATIVE -> new Shape(5, 13, 0.20, 0.35);
            case INQUISITIVE -> new Shape(8, MAX_EXCHANGES, 0.50, 0.20);
            case LISTENER -> new Shape(6, 16, 0.40, 0.20);
            case CONSULTATIVE -> new Shape(6, 17, 0.35, 0.20);
            case PUSHY -> new Shape(5, 14, 0.15, 0.30);
            case CONCISE -> new Shape(MIN_EXCHANGES, 12, 0.30, 0.20);
        };
    }

    static <T> void shuffle(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }

    private static void repeat(List<Phase> plan, Phase phase, int times) {
        for (int i = 0; i < times; i++) {
            plan.add(phase);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
