package com.salescalls.generator;

import java.util.List;

/** Openings: the agent introduces the call, the customer's reply already shows the mood. */
final class GreetingLines {

    static final List<String> AGENT = List.of(
            "Hi {contact}, this is {agent} from {vendor}. Thanks for making time today.",
            "Good morning {contact}, {agent} here from {vendor}. Is now still a good time?",
            "Hey {contact}, it's {agent} with {vendor}. I saw {company} joined our webinar last week.",
            "Hi {contact}, {agent} from {vendor}, calling about {product}. Did I catch you at a good moment?",
            "Hello {contact}, this is {agent}. I'm following up on the form you filled out about {product}.",
            "Hi {contact}, thanks for joining. I'm {agent}, and I work with {industry} teams at {vendor}.",
            "Hi {contact}, {agent} from {vendor}. {peerName} from your team suggested I reach out.",
            "Hey {contact}, {agent} here. I have us down for thirty minutes to talk about how {company} runs its pipeline.",
            "Hi {contact}, it's {agent} from {vendor}. I promised to call back about {product} this week.",
            "Good afternoon {contact}, this is {agent} at {vendor}. Thanks for accepting the invite.",
            "Hi {contact}, {agent} from {vendor} here. I know you're busy, so I'll keep this focused.",
            "Hello {contact}, it's {agent} from {vendor}. I'd love to learn how your team in {city} works today.");

    static final MoodLines CUSTOMER = new MoodLines(List.of(
            "Hi {agent}, great to hear from you. I've been looking forward to this.",
            "Hello! Yes, perfect timing, I'm excited to learn more.",
            "Hi {agent}, thanks for calling. I've heard great things about {product}.",
            "Hey, nice to meet you. Happy to chat, our team is eager to find something better.",
            "Hi! Glad you called, this is a great time.",
            "Hi {agent}, wonderful, thanks for reaching out. I love talking about this stuff."), List.of(
            "Hi {agent}. I have about twenty minutes.",
            "Hello, this is {contact}, I'm the {title} at {company}.",
            "Hi. Let's go ahead, I have until half past.",
            "Hello {agent}. I read the email you sent.",
            "Hi, this is {contact}. Go ahead.",
            "Hi {agent}. I'm calling in from {city} today."), List.of(
            "Hi. I only have a few minutes, and frankly I'm tired of sales calls.",
            "This is the third call this week from a vendor, so let's keep it short. I'm annoyed already.",
            "Hi. I almost cancelled this, I'm swamped and frustrated today.",
            "Hello. Your team emailed me five times; that was irritating.",
            "Yeah, hi. Let's get this over with, I've had a terrible week.",
            "Hi. To be blunt, the last vendor call was a disaster, so I'm skeptical."));

    private GreetingLines() {
    }
}
