package com.salescalls.generator;

import java.util.List;

/** Price quotes and the customer's reaction, which is where mood shows most plainly. */
final class PricingLines {

    static final List<String> AGENT = List.of(
            "For {team} seats on the {plan} plan, it's {price} per user per month.",
            "The {plan} plan is {price} per seat monthly, so about {total} a year for your team.",
            "Pricing is per seat: {price} a month on {plan}, billed annually.",
            "For a team your size we'd recommend {plan}, at {price} per rep per month.",
            "All in, you'd be looking at roughly {total} a year, onboarding included.",
            "If you sign for two years, the seat price drops below {price}.",
            "{plan} comes in at {price} per user, and that includes {feature}.",
            "The list price is {price} per seat, and annual billing takes another {percent} percent off.",
            "Let me break down the cost: {price} per user per month, {team} users, so {total} per year.",
            "We don't charge for onboarding, so it's just {price} per seat on {plan}.");

    static final MoodLines CUSTOMER = new MoodLines(List.of(
            "That's a fair price, better than I expected.",
            "Oh nice, that fits our budget well.",
            "That's really reasonable for what we get.",
            "Great, that's less than we pay for {tool} today.",
            "Wow, that pricing is very competitive. I love that onboarding is included.",
            "That works, the value is clearly there.",
            "Perfect, I think finance will be happy with that.",
            "Excellent, that's within what we planned."), List.of(
            "Is that billed monthly or annually?",
            "What does {total} include exactly?",
            "I'll need to compare that with what we spend on {tool}.",
            "Does the price change if we add seats mid-year?",
            "Can you put that in writing so I can forward it to finance?",
            "Is onboarding part of that figure?",
            "What's the minimum contract length?",
            "Let me take that figure to finance."), List.of(
            "That's way too expensive for what it is.",
            "Seriously? That's ridiculous for a team of {team}.",
            "That's outrageous, we pay half that for {tool}.",
            "Ugh, that's way over budget. This is frustrating.",
            "That price is a joke, frankly.",
            "I hate these per-seat models, they punish growing teams.",
            "That's terrible value compared to {competitor}.",
            "Too expensive. I'm disappointed, I expected a lot less."));

    private PricingLines() {
    }
}
