package com.salescalls.generator;

import java.util.List;

/** The follow-up an agent proposes at the end of the call. */
enum NextStepKind {
    PROPOSAL(List.of(
            "I'll put together a proposal for {team} seats on the {plan} plan and send it over by {date}.",
            "Next step from my side is a written proposal; you'll have it in your inbox by {date}.",
            "Let me send a proposal with the pricing we discussed, and we can review it together on {date}.",
            "I'll draft a proposal, including the rollout plan, and get it to you before {date}.")),
    DEMO(List.of(
            "Let's schedule a full demo with your team on {date}.",
            "How about a deeper demo on {date} with your managers on the call?",
            "I'll send an invite for a tailored demo on {date} using your own pipeline data.",
            "Can we book a demo with your VP for {date}?")),
    CONTRACT(List.of(
            "I'll send the contract over today so we can get you live by {month}.",
            "If everything looks right, I'll send the contract for signature by {date}.",
            "Let me get the order form and contract to you this afternoon.",
            "I'll send the contract with the annual terms we talked about, and you can sign by {date}.")),
    TRIAL(List.of(
            "Let's set you up with a {trial}-day trial starting {date}.",
            "I'll open a {trial}-day trial for five of your reps so you can test it on real deals.",
            "How about a {trial}-day pilot with one team, and we review the results together on {date}?",
            "I can have a trial workspace ready by {date}, loaded with a copy of your data."));

    private final List<String> agentProposals;

    NextStepKind(List<String> agentProposals) {
        this.agentProposals = agentProposals;
    }

    List<String> agentProposals() {
        return agentProposals;
    }
}
