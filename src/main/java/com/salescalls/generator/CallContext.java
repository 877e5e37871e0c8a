package com.salescalls.generator;

/** Everything fixed for one call that templates may refer to. */
record CallContext(Agent agent, Customer customer, CustomerMood mood, String product, String competitor,
                   String plan, int pricePerSeat, String followUpDate, String month, int trialDays) {

    AgentStyle style() {
        return agent.style();
    }
}
