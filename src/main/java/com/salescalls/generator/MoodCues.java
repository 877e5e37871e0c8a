package com.salescalls.generator;

import java.util.List;

/**
 * Short sentences that carry the customer's mood, and the agent's acknowledgements reacting to it. Positive and
 * negative cues use plain sentiment words (great, love, frustrating, terrible) so lexicon-based analysers such as
 * VADER pick the mood up; neutral cues deliberately avoid sentiment-bearing words.
 */
final class MoodCues {

    static final MoodLines CUSTOMER = new MoodLines(List.of(
            "That sounds great.", "I love how simple this is.", "Really helpful, thanks.",
            "This is exactly what we need.", "Wow, that's impressive.", "I'm really excited about this.",
            "That's a fantastic point.", "This looks amazing.", "Perfect, that's super helpful.",
            "I'm glad you brought that up.", "Great, I like that a lot.", "That's wonderful to hear.",
            "My team would be thrilled with that.", "This could be a huge win for us.",
            "I appreciate you walking me through it.", "Awesome, thank you.", "Nice, that's a smart approach.",
            "I love that.", "That's a great feature.", "Brilliant, that solves a lot for us.",
            "This is the best demo I've seen this year.", "Excellent, thanks for explaining.",
            "I'm happy with what I'm hearing.", "That's really cool.", "Sounds fantastic, thank you.",
            "Great answer, thanks.", "I'm impressed, really.", "That would make life so much easier.",
            "I'm pleased with how this is going.", "Lovely, that's reassuring."), List.of(
            "I see.", "Understood.", "Let me think about that.", "Noted.", "I'll take that back to the team.",
            "That makes sense.", "Right.", "Go on.", "Let me write that down.", "I'll need to check with the team.",
            "Got it.", "I follow.", "Let me check that.", "We'll see.", "I'll ask our ops lead about it.",
            "That's how we do it today.", "I'll have to look into that.", "Let me note that down."), List.of(
            "That's way too complicated.", "Frankly, this is frustrating.",
            "I'm not happy with the last vendor and this sounds no better.", "This feels like a waste of my time.",
            "I'm annoyed we're still going over this.", "That's disappointing.", "Frankly, that sounds terrible.",
            "I'm tired of hearing the same pitch.", "That's a real problem for us.",
            "I hate how complicated this sounds.", "Ugh, this is exactly what went wrong last time.",
            "We got burned last time and I'm worried it'll happen again.", "I'm skeptical, to be blunt.",
            "That's not acceptable.", "This is confusing and, frankly, annoying.", "I'm losing patience here.",
            "That's a bad answer.", "This is a mess.", "I'm really unhappy with how this is going.",
            "That's awful.", "Sorry, but that's ridiculous.", "I'm fed up with tools that promise everything.",
            "That worries me a lot.", "That's exactly the kind of headache we don't need.",
            "This is getting annoying.", "Seriously, that's terrible.",
            "I'm frustrated with this whole process.", "That's useless for us.",
            "No, that doesn't work for us at all.", "I'm sick of vendors overpromising."));

    /** What a grudging customer says when the realism calls for a flat answer despite the mood. */
    static final List<String> FLAT = List.of("Ok.", "Sure.", "Fine.", "Okay, go on.");

    static final MoodLines AGENT_ACKS = new MoodLines(List.of(
            "Great to hear!", "Love that.", "Glad that resonates.", "Awesome.", "That's great.", "Wonderful.",
            "Excellent point."), List.of(
            "Got it.", "Understood.", "Makes sense.", "Right.", "Okay.", "Thanks for explaining.", "Noted."), List.of(
            "I hear you.", "I'm sorry about that.", "I understand the frustration.", "That's a fair concern.",
            "I'm sorry, that's not the experience we want.", "I get that, and I don't want to waste your time.",
            "Understood, and I apologise."));

    private MoodCues() {
    }
}
