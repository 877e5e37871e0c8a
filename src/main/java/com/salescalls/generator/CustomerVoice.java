package com.salescalls.generator;

import java.util.random.RandomGenerator;

/**
 * Turns a beat's customer template into a customer line carrying the call's mood. Pleased and annoyed customers
 * add mood cues to nearly every line so the mood dominates; a few lines stay flat for realism.
 */
final class CustomerVoice {

    private static final double FLAT_LINE = 0.07;
    private static final double CUED_LINE = 0.95;
    private static final double SECOND_CUE = 0.3;
    private static final double NEUTRAL_CUE = 0.45;
    private static final double NEUTRAL_SLIP = 0.015;

    private final RandomGenerator random;
    private final TemplateFiller filler;
    private final Phrases phrases;

    CustomerVoice(RandomGenerator random, TemplateFiller filler, Phrases phrases) {
        this.random = random;
        this.filler = filler;
        this.phrases = phrases;
    }

    String line(Beat beat, CallContext context) {
        StringBuilder line = new StringBuilder(200).append(beat.customerContent());
        int elaborations = elaborations(beat.phase(), context.style());
        for (int i = 0; i < elaborations; i++) {
            line.append(' ').append(phrases.pick(CustomerElaborations.LINES));
        }
        CustomerMood mood = context.mood();
        if (beat.customerMoodSpecific()) {
            if (mood != CustomerMood.NEUTRAL && Pick.chance(random, 0.35)) {
                cue(line, mood);
            }
        } else if (mood == CustomerMood.NEUTRAL) {
            if (Pick.chance(random, NEUTRAL_SLIP)) {
                cue(line, Pick.chance(random, 0.5) ? CustomerMood.PLEASED : CustomerMood.ANNOYED);
            } else if (Pick.chance(random, NEUTRAL_CUE)) {
                cue(line, CustomerMood.NEUTRAL);
            }
        } else {
            double roll = random.nextDouble();
            if (roll < FLAT_LINE) {
                flat(line, mood);
            } else if (roll < CUED_LINE) {
                cue(line, mood);
                if (Pick.chance(random, SECOND_CUE)) {
                    cue(line, mood);
                }
            }
        }
        return filler.fill(line.toString(), context);
    }

    /** Listeners give customers room, so customers elaborate; talkative and pushy agents leave little room. */
    private int elaborations(Phase phase, AgentStyle style) {
        if (phase == Phase.GREETING || phase == Phase.NEXT_STEPS || phase == Phase.PRICING) {
            return 0;
        }
        return switch (style) {
            case LISTENER -> Pick.chance(random, 0.85) ? Pick.between(random, 1, 2) : 0;
            case CONSULTATIVE, INQUISITIVE -> phase == Phase.DISCOVERY && Pick.chance(random, 0.3) ? 1 : 0;
            case CONCISE -> Pick.chance(random, 0.1) ? 1 : 0;
            case TALKATIVE, PUSHY -> 0;
        };
    }

    private void cue(StringBuilder line, CustomerMood mood) {
        String cue = phrases.pick(MoodCues.CUSTOMER.of(mood));
        if (Pick.chance(random, 0.5)) {
            line.insert(0, cue + " ");
        } else {
            line.append(' ').append(cue);
        }
    }

    /** Realism: a pleased customer sometimes just states facts, an annoyed one sometimes just says "Ok". */
    private void flat(StringBuilder line, CustomerMood mood) {
        if (mood == CustomerMood.ANNOYED) {
            line.insert(0, phrases.pick(MoodCues.FLAT) + " ");
        } else {
            line.append(' ').append(phrases.pick(MoodCues.CUSTOMER.of(CustomerMood.NEUTRAL)));
        }
    }
}
