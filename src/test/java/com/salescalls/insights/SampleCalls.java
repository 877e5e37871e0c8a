package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hand-made calls whose metrics the tests work out by hand. */
final class SampleCalls {

    /**
     * A fully timed call of 25 s. Words (fillers left out): 10, 7, 9, 7 ("um" is a filler), 1, 0 ("mhm" is a
     * filler), 11. Utterance 3 starts at 12 s while the agent talks until 13 s; 16 s to 20 s is silent.
     */
    static final List<SpokenLine> TIMED = List.of(
            say("Agent", "Hi Sam, thanks for joining. How is your week going?", 0, 4000),
            say("Customer", "Pretty good, thanks. Busy with the rollout.", 4500, 8000),
            say("Agent", "Great. Shall we look at the pricing options today?", 9000, 13000),
            say("Customer", "Yes please, but um the price worries me.", 12000, 16000),
            say("Agent", "Understood.", 20000, 21000),
            say("Customer", "mhm", 21000, 21500),
            say("Agent", "We can offer a discount for annual plans, starting this month.", 21500, 25000));

    /**
     * Start-only timestamps: turns of 6, 4, 6 and (until the end of a 20 s call) 4 s. Words: agent 10 + 6,
     * customer 6 + 3.
     */
    static final String STAMPED = """
            [00:00:00] Agent: Hello, thanks for calling. What can I do for you?
            [00:00:06] Customer: I want to know the price.
            [00:00:10] Agent: It is forty dollars per seat.
            [00:00:16] Customer: OK, that works.
            """;

    private SampleCalls() {
    }

    static SpokenLine say(String speaker, String text, long startMs, long endMs) {
        return new SpokenLine(speaker, text, startMs, endMs);
    }

    static Conversation text(String text, @Nullable Integer durationSeconds) {
        return Conversation.of(Transcript.parse(text), durationSeconds);
    }

    static Conversation lines(List<SpokenLine> lines, @Nullable Integer durationSeconds) {
        return Conversation.of(Transcript.of(TranscriptInput.lines(lines, durationSeconds)), durationSeconds);
    }

    /** The same words as {@link #STAMPED} without timestamps. */
    static String unstamped() {
        return STAMPED.replaceAll("\\[[0-9:]+] ", "");
    }
}
