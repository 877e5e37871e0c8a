package com.salescalls.generator;

import java.util.random.RandomGenerator;

/**
 * Call length derived from what was said, so duration and transcript agree:
 * <pre>
 * seconds = round(agentWords * 60 / agentWpm + customerWords * 60 / customerWpm + turns * pausePerTurn)
 * </pre>
 * where agentWpm is the agent's own rate (132-175), customerWpm is drawn per call from 140-170 and pausePerTurn
 * from 0.4-0.9 s. About 1,000 words therefore last roughly 7 minutes.
 */
final class CallDuration {

    static final int MIN_CUSTOMER_WPM = 140;
    static final int MAX_CUSTOMER_WPM = 170;
    static final double MIN_PAUSE_SECONDS = 0.4;
    static final double MAX_PAUSE_SECONDS = 0.9;

    private CallDuration() {
    }

    static int seconds(Transcript transcript, Agent agent, RandomGenerator random) {
        int customerWpm = Pick.between(random, MIN_CUSTOMER_WPM, MAX_CUSTOMER_WPM);
        double pause = MIN_PAUSE_SECONDS + random.nextDouble() * (MAX_PAUSE_SECONDS - MIN_PAUSE_SECONDS);
        double speaking = transcript.agentWords() * 60.0 / agent.wordsPerMinute()
                + transcript.customerWords() * 60.0 / customerWpm;
        return (int) Math.round(speaking + transcript.turns() * pause);
    }
}
