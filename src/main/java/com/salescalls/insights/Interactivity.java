package com.salescalls.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Interactivity: speaker switches per minute of call, a switch being a {@link Conversation#turns() turn} by the
 * other side than the turn before it. Unknown speakers and filler-only backchannels take no turn, so they add no
 * switch. Null when the call's length is unknown.
 */
final class Interactivity {

    private Interactivity() {
    }

    static int switches(Conversation conversation) {
        List<Conversation.Part> turns = conversation.turns();
        int switches = 0;
        for (int i = 1; i < turns.size(); i++) {
            if (turns.get(i).role() != turns.get(i - 1).role()) {
                switches++;
            }
        }
        return switches;
    }

    static @Nullable Double perMinute(Conversation conversation) {
        return conversation.perMinute(switches(conversation));
    }
}
