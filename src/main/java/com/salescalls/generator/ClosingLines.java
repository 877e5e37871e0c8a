package com.salescalls.generator;

import java.util.List;

/** The customer's answer to the proposed next step and the agent's sign-off, both shaped by mood. */
final class ClosingLines {

    static final MoodLines CUSTOMER_REPLIES = new MoodLines(List.of(
            "Perfect, that works great for me.",
            "That sounds great, I'm looking forward to it.",
            "Wonderful, thanks so much for your help today.",
            "Great, I'm excited to show this to the team.",
            "Awesome, send it over and I'll share it right away.",
            "Love it, that timeline works perfectly.",
            "Excellent, this was really helpful.",
            "That's perfect, thank you, {agent}."), List.of(
            "Send it over and I'll review it with the team by {date}.",
            "That works. I'll check my calendar and confirm.",
            "Go ahead and send it; I'll forward it to finance.",
            "Let's do that. I'll loop in {peerName} from operations.",
            "I'll take a look and get back to you next week.",
            "Send the details by email.",
            "Put it on the calendar for {date} and I'll see who can attend.",
            "I'll read through it and reply with questions."), List.of(
            "Just send it, but I'm not promising anything.",
            "Email it. Frankly, this call took longer than it should have.",
            "Send it if you must, but I'm still not convinced.",
            "I'll look at it, but this has been a frustrating process.",
            "Don't expect a quick answer; I'm tired of being rushed.",
            "Email it. I'm disappointed we couldn't get a straight answer on price.",
            "I doubt it changes anything, but send it.",
            "Send it. But if this is like the last vendor, it's a hard no."));

    static final MoodLines AGENT_GOODBYES = new MoodLines(List.of(
            "Thanks so much, {contact}, this was a great conversation. Talk soon!",
            "Really appreciate your time today. Have a great rest of your day!",
            "Great talking with you, {contact}. I'll be in touch.",
            "Thank you, {contact}! I'm excited to get your team started."), List.of(
            "Thanks for your time, {contact}. I'll follow up by email.",
            "Appreciate it. I'll send a recap shortly.",
            "Thanks, {contact}. Talk to you on {date}.",
            "Thanks, I'll send the notes from today's call."), List.of(
            "I understand, and I'm sorry this took longer than planned. I'll keep the follow-up short.",
            "Thanks for bearing with me, {contact}. I'll send only what you asked for.",
            "I hear your concerns, and I'll address each one in writing.",
            "Sorry again for the trouble, {contact}. I'll follow up by email."));

    private ClosingLines() {
    }
}
