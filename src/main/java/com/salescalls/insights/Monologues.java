package com.salescalls.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

import com.salescalls.insights.ConversationMetrics.Stretch;

/**
 * Longest agent monologue and longest customer story: a side's longest run of consecutive {@link
 * Conversation#turns() turns}, measured in words (fillers excluded). Only the other side saying a word ends a run,
 * so a "mhm" from the listener does not. Ties go to the earlier run. Seconds run from the first turn's start to
 * the last turn's end, null when those are unknown. The excerpt is the run's first {@value #EXCERPT_WORDS} words.
 */
final class Monologues {

    static final int EXCERPT_WORDS = 20;

    private Monologues() {
    }

    static Stretch longest(Conversation conversation, SpeakerRole role) {
        List<Conversation.Part> best = List.of();
        int bestWords = 0;
        List<Conversation.Part> run = new ArrayList<>();
        int runWords = 0;
        for (Conversation.Part turn : conversation.turns()) {
            if (turn.role() != role) {
                run = new ArrayList<>();
                runWords = 0;
                continue;
            }
            run.add(turn);
            runWords += turn.words();
            if (runWords > bestWords) {
                best = run;
                bestWords = runWords;
            }
        }
        if (best.isEmpty()) {
            return new Stretch(0, null, null, null);
        }
        Conversation.Part first = best.getFirst();
        Long start = first.startMs();
        Long end = best.getLast().endMs();
        Double seconds = start == null || end == null ? null : (end - start) / 1000.0;
        return new Stretch(bestWords, seconds, first.index(), excerpt(best));
    }

    private static String excerpt(List<Conversation.Part> run) {
        String[] tokens = run.stream().map(p -> p.utterance().text()).collect(Collectors.joining(" "))
                .strip().split("\\s+");
        return tokens.length <= EXCERPT_WORDS ? String.join(" ", tokens)
                : String.join(" ", Arrays.copyOf(tokens, EXCERPT_WORDS)) + " …";
    }
}
