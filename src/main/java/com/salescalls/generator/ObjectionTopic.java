package com.salescalls.generator;

import java.util.List;

/** Objections customers raise, as factual statements, and how agents answer them in their next turn. */
enum ObjectionTopic {
    PRICE(List.of(
            "The price is above what we budgeted for this year.",
            "For {team} seats that adds up to more than we spend on {tool}.",
            "I'd need a smaller figure per seat before I can take this upstairs.",
            "Our budget for tools is fixed until {month}."), List.of(
            "On price, we can start with fewer seats and expand once you see results.",
            "Teams like yours usually recover the cost within a quarter through saved admin time.",
            "If you commit annually, I can take {percent} percent off the seat price.",
            "Let's look at the numbers together: at {hours} hours saved per rep per week, the seats pay for themselves.")),
    TIMING(List.of(
            "On timing, we're in the middle of a reorganisation.",
            "We can't start anything new until after {month}.",
            "My team is heads down on end-of-quarter deals right now.",
            "We're in the middle of migrating our billing system, so the team is at capacity."), List.of(
            "On timing, we can plan the kickoff for {month} and do the setup work in the background.",
            "Onboarding takes about {weeks} weeks and we do most of the heavy lifting.",
            "We can phase it, starting with one team so nobody else is disrupted.",
            "I can hold the current pricing until {month} so waiting doesn't cost you anything.")),
    INTEGRATION(List.of(
            "How does this work with {tool}? We can't replace it overnight.",
            "Our data lives in three different systems; would this connect to all of them?",
            "We have a custom billing system, and IT will ask about the API.",
            "Our marketing team runs their own platform, so the sync is a requirement."), List.of(
            "We have a native connector for {tool}, and the sync runs both ways.",
            "Our open API covers every object, and our solutions team will map your fields.",
            "Most customers connect their existing systems in the first week.",
            "I can set up a technical session with our integration engineers and your IT team.")),
    SECURITY(List.of(
            "IT will need to review the data handling before anything moves.",
            "We store customer data, so compliance will ask where it is hosted.",
            "Our IT team requires single sign-on and audit logs for every vendor.",
            "Can you send a SOC 2 report? Compliance will ask for it."), List.of(
            "We're SOC 2 Type II certified and I'll send the report today.",
            "Data is encrypted at rest and in transit, hosted in the region you choose.",
            "Single sign-on and audit logs are included in every plan.",
            "Our security team can join a call with your IT folks to walk through the questionnaire.")),
    AUTHORITY(List.of(
            "I'm not the one who signs; my VP will have to look at this.",
            "This needs to go through our CFO before I can sign anything.",
            "I'd need to bring our head of sales into this before we go further.",
            "Procurement will ask for three quotes before anyone signs."), List.of(
            "Would it make sense to set up a short call with your VP next week?",
            "I can put together a one-page summary you can forward to your CFO.",
            "I'm happy to join the conversation with procurement and answer their questions directly.",
            "What would your VP need to see to feel confident about this?"));

    /** How agents invite objections before the customer raises one. */
    static final List<String> AGENT_PROMPTS = List.of(
            "What concerns do you have so far?",
            "Is there anything that would stop you from moving forward?",
            "What would make this a hard sell internally?",
            "What's your biggest hesitation at this point?",
            "Where do you see the risks?",
            "What questions will your team ask me that you can't answer yet?",
            "Anything about this that doesn't fit how {company} works?",
            "What would need to be true for this to be a yes?",
            "Be straight with me: what's holding you back?",
            "What's the first objection you'd expect from your boss?");

    private final List<String> customerRaises;
    private final List<String> agentAnswers;

    ObjectionTopic(List<String> customerRaises, List<String> agentAnswers) {
        this.customerRaises = customerRaises;
        this.agentAnswers = agentAnswers;
    }

    List<String> customerRaises() {
        return customerRaises;
    }

    List<String> agentAnswers() {
        return agentAnswers;
    }
}
