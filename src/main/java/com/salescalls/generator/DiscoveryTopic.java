package com.salescalls.generator;

import java.util.List;

/** What agents ask about during discovery, with the questions and the customer's factual answers. */
enum DiscoveryTopic {
    PAIN_POINTS(List.of(
            "What's slowing your team down the most right now?",
            "Where do deals tend to stall for you?",
            "If you could fix one thing about your sales process tomorrow, what would it be?",
            "What made you take this call today?",
            "Which part of the week eats the most of your reps' time?"), List.of(
            "Our reps spend about {hours} hours a week updating records manually.",
            "Deals go quiet after the first demo because nobody owns the follow-up.",
            "Forecasts are a guess; we only find out at the end of the quarter where we landed.",
            "Leads sit for days between marketing and sales before anyone calls them.",
            "Managers can't see which calls went which way, so coaching happens by gut feel.")),
    CURRENT_PROCESS(List.of(
            "Walk me through how a lead moves through your process today.",
            "What are you using today to track deals?",
            "How do you run your pipeline reviews at the moment?",
            "How does your team log calls and notes right now?",
            "What does a typical week look like for one of your reps?"), List.of(
            "Today everything lives in {tool}, and the managers export it every Monday.",
            "We use {tool} for deals and a separate sheet for forecasts.",
            "Reps log calls at the end of the day, if they remember.",
            "Leads come in through the website, then an SDR qualifies them and books a meeting.",
            "We review the pipeline every Friday from a sheet that one of the ops people maintains.")),
    TEAM_SIZE(List.of(
            "How big is the team that would use this?",
            "How many reps and managers are we talking about?",
            "How is the sales team structured at {company}?",
            "Are you planning to grow the team this year?",
            "Who on the team would be using this day to day?"), List.of(
            "We have {team} people in sales, split between {city} and remote.",
            "Around {team} reps, plus four managers and a sales ops lead.",
            "It's {team} seats today, and we plan to add about ten more by {month}.",
            "{team} quota-carrying reps, mostly selling into {department}.",
            "The core team is {team} people; the SDRs sit in a separate group.")),
    GOALS(List.of(
            "What would a successful year look like for your team?",
            "What targets are you working toward this quarter?",
            "What does leadership expect from sales this year?",
            "If we met again in six months, what would need to have changed?",
            "How do you measure whether a rollout like this worked?"), List.of(
            "We need to grow new revenue by {percent} percent this year.",
            "The target is to bring ramp time for new reps down to {weeks} weeks.",
            "Leadership expects a forecast within five percent of the actual result.",
            "The goal is to get every call logged and reviewed by a manager.",
            "We plan to open a new segment in {industry} by {month}.")),
    TIMELINE(List.of(
            "When would you need something in place?",
            "Is there a deadline driving this project?",
            "What's your timeline for making a decision?",
            "When does your current setup with {tool} come up for renewal?",
            "How quickly would you want the team up and running?"), List.of(
            "Our contract with {tool} runs out in {month}.",
            "We'd need the team on a new system before the next quarter starts.",
            "The plan is to decide by the end of {month}.",
            "There's a board meeting in {month}, and I need numbers for it.",
            "We have budget set aside for this quarter, so within the next {weeks} weeks.")),
    DECISION_PROCESS(List.of(
            "Who else is involved in a decision like this?",
            "How does purchasing usually work at {company}?",
            "Who signs off on a tool like this?",
            "Besides you, who needs to see this before you move forward?",
            "What does your approval process look like?"), List.of(
            "I'd make the recommendation, but our VP of Sales signs off.",
            "Procurement reviews anything over ten thousand dollars.",
            "Finance and IT both need to review it before we sign.",
            "It's me and our head of revenue operations, {peerName}.",
            "The CFO has the final say on new software."));

    private final List<String> agentQuestions;
    private final List<String> customerAnswers;

    DiscoveryTopic(List<String> agentQuestions, List<String> customerAnswers) {
        this.agentQuestions = agentQuestions;
        this.customerAnswers = customerAnswers;
    }

    List<String> agentQuestions() {
        return agentQuestions;
    }

    List<String> customerAnswers() {
        return customerAnswers;
    }
}
