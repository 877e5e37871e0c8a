package com.salescalls.generator;

import java.util.List;

/** The sentences that make each agent style recognisable in a transcript. */
final class StyleLines {

    static final List<String> TALKATIVE_TANGENTS = List.of(
            "And I should mention, we just shipped a new version of {feature} last month.",
            "Funny enough, I was on a call with {peer} yesterday and they said almost the same thing.",
            "Actually, before I forget, part of our product team is based in {city} too, small world.",
            "I've been doing this for about eight years, and I've seen this pattern at a lot of {industry} companies.",
            "The way I always explain it is that the pipeline should update itself while reps sell.",
            "We also run a customer community with monthly meetups, and people keep coming back to those.",
            "Oh, and there's a whole library of templates for {feature} that you can just copy.",
            "Let me tell you a quick story about one of my accounts in {industry}, they had the exact same setup with {tool}.",
            "Our roadmap for next quarter includes deeper reporting, which I think is relevant for you.",
            "I always tell people the first thirty days are the most important part of any rollout.",
            "One more thing on that, the admin console lets you change stages without calling anyone.",
            "To give you some background, {vendor} started as a forecasting tool and grew from there.",
            "I was just at a conference in {city} where everyone was talking about this exact topic.",
            "By the way, most of our customers start with {feature} and then expand from there.",
            "Just to paint the full picture, there are also reports for every stage of the funnel.",
            "And the onboarding team is one of the things our customers mention most often.",
            "I could talk about this all day, but the short version is that reps spend more time selling.",
            "Another thing people don't expect is how much the managers use the weekly summaries.",
            "So many teams we talk to run their whole week from a spreadsheet, so you're definitely not alone.",
            "We've also got a partner program, so if you work with a consultancy they can plug right in.",
            "There's a small detail here too, every chart can be exported straight into your board deck.",
            "I'll also send you a few case studies from {industry}, they're a quick read.");

    static final List<String> PROBING_QUESTIONS = List.of(
            "What would success look like for you?", "How are you measuring that today?",
            "Who else on the team feels that?", "What have you tried so far?", "How often does that happen?",
            "What happens if nothing changes this year?", "Why is that a priority right now?",
            "How does that affect your forecast?", "What does your manager think about that?",
            "Can you give me a recent example?", "How much time does that take each week?",
            "What would you change first?", "Which part of that matters most to you?",
            "How did you handle that at your last company?", "What's driving the timing on your side?",
            "How would your reps react to that?", "What would make this an easy decision?",
            "Where does that process break down?", "Who owns that today?",
            "What have your top reps figured out that others haven't?",
            "How do you decide which deals get attention?", "What would you need to see in a trial?",
            "Is that the same across every region?", "What questions do you have for me?");

    static final List<String> LISTENER_PROMPTS = List.of(
            "Tell me more about that.", "How so?", "What happens then?", "Go on.", "Keep going.",
            "And how does the team feel about that?", "Walk me through that.", "What else?",
            "How does that play out day to day?", "Say more?", "I'm listening.", "What's behind that?",
            "And then?", "Why do you think that is?", "What would you do differently?",
            "Take me through that part.", "How did that start?", "What's your take?");

    static final List<String> CONSULTATIVE_FRAMES = List.of(
            "So if I'm hearing you right, the real priority for {company} is a forecast you can trust.",
            "Based on what you've shared, I'd start with {feature} and add the rest later.",
            "Let me play that back: the manual updates in {tool} are costing your reps time every week.",
            "From what you've described, the {plan} plan covers what you need without extras.",
            "It sounds like the handoff is the bottleneck, so I'd focus the rollout there.",
            "Given your timeline, I'd suggest a phased rollout starting with one team.",
            "My recommendation would be to pilot with your top reps first so the others see the results.",
            "What I'm taking away is that visibility matters more to you than automation right now.",
            "For a team of {team}, I'd keep the setup simple and add reports once people are comfortable.",
            "If I were in your seat, I'd want to see it on your own data before deciding.",
            "It sounds like your VP cares most about the forecast, so let's build the business case around that.",
            "Let me summarise what I've heard so far, and correct me if I'm off.",
            "I'd rather recommend what fits than sell you everything, so let's keep it focused.",
            "To make sure this fits, let's map it against the process you described.",
            "Knowing {industry} teams, I'd plan for a longer evaluation and involve IT early.");

    static final List<String> PUSHY_CLOSES = List.of(
            "If you sign today, I can lock in this price.",
            "This discount expires on Friday, so we should move quickly.",
            "Can we get the paperwork done this week?",
            "Let's just get you started; you can always adjust seats later.",
            "I really need a commitment from you today.",
            "What would it take to close this before the end of the month?",
            "I can only hold this offer until tomorrow.",
            "Everyone in {industry} is moving to this; you don't want to fall behind.",
            "Let's not overthink it, the numbers speak for themselves.",
            "Can you get your boss on the phone right now so we can finalise?",
            "I'll send the contract right after this call, can you sign it tonight?",
            "We're almost out of onboarding slots this quarter, so I need an answer soon.",
            "Waiting will just cost you more.",
            "Shall I go ahead and reserve the {team} seats for you?",
            "I'd hate for you to miss this pricing, it won't come back.",
            "Let's make a decision on this call.",
            "My manager signed off on this deal only for this week.",
            "So are we ready to move forward today?");

    private StyleLines() {
    }
}
