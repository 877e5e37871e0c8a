package com.salescalls.generator;

import java.util.List;

/** Extra factual detail customers add when the agent gives them room to talk. */
final class CustomerElaborations {

    static final List<String> LINES = List.of(
            "Last quarter we came in under target by a few deals, and nobody saw it coming until the final week.",
            "Our managers spend Monday mornings collecting updates instead of coaching.",
            "Two of our senior reps keep their pipeline in personal notebooks.",
            "We tried a dashboard project last year, but the data was always a week old.",
            "New hires take about {weeks} weeks before they run calls on their own.",
            "Most of our deals come from referrals, so the cycle is long.",
            "The ops team rebuilds the same report manually every month.",
            "We sell mostly to {department} buyers, and they need three or four touches before a meeting.",
            "I joined {company} eight months ago and inherited this setup.",
            "Our territory in {city} grew faster than we planned, so the process never caught up.",
            "Every rep has their own way of tagging deals, so the totals never match.",
            "When someone leaves, their account history leaves with them.",
            "We run about {hours} demos a week across the team.",
            "Half of our forecast meeting is spent debating which figures to use.",
            "The marketing team sends leads to one common inbox, and we pick them up from there.",
            "Our average deal takes about {weeks} weeks from first call to signature.",
            "We also sell into {industry}, which has its own buying cycle.",
            "Renewals are handled by a different team, and the handoff is all email.",
            "I report to the VP of Sales, and she asks for a pipeline update twice a week.",
            "We have a QBR in {month}, and I plan to show a new process by then.");

    private CustomerElaborations() {
    }
}
