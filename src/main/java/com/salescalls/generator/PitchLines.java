package com.salescalls.generator;

import java.util.List;

/** Product pitch and demo talk, and the customer's factual follow-up questions. */
final class PitchLines {

    static final List<String> AGENT = List.of(
            "With {product}, every call is logged automatically, so reps get back about {hours} hours a week.",
            "Let me share my screen and show you {feature}.",
            "What teams like yours use most is {feature}; managers see every deal's status at a glance.",
            "{peer}, another {industry} company, cut their ramp time by {percent} percent in the first quarter.",
            "Here's the dashboard your managers would see every morning.",
            "The piece I'd highlight for {company} is {feature}, because it replaces the manual work in {tool}.",
            "{product} pulls in your emails and meetings so the pipeline updates itself.",
            "On this screen you can see {feature}; it takes about two clicks to set up.",
            "Our customers typically see forecast accuracy improve by {percent} percent.",
            "Let me walk you through a typical rep's day in {product}.",
            "You mentioned {tool}; we import all of that on day one, history included.",
            "The coaching view flags calls where the customer raised a concern, so managers know where to step in.",
            "We also include {feature} at no extra cost on the {plan} plan.",
            "Reps get a daily list of the deals that need attention, ranked by risk.",
            "This is {feature} in action: it triggers as soon as a deal goes quiet for a week.",
            "Most teams are fully live within {weeks} weeks, and we handle the data migration.",
            "The mobile app lets reps log a meeting in about ten seconds from the parking lot.",
            "Here's a quick look at {feature}, which is what {peer} uses every day.");

    static final List<String> CUSTOMER = List.of(
            "How long does the setup take for a team of {team}?",
            "Does that work on the mobile app too?",
            "So the data comes in from {tool} automatically?",
            "What would the managers see that they can't see today?",
            "Can we customise the stages to match our process?",
            "How does it handle reps who work in two territories?",
            "Would my reps need training for that?",
            "What happens to our old reports?",
            "Can the dashboard show numbers by region?",
            "So that would replace the Friday sheet.",
            "How many of your customers are in {industry}?",
            "Is {feature} part of the {plan} plan?");

    private PitchLines() {
    }
}
