package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Joins consecutive utterances of one speaker (same name, same role) into one turn: services cut speech into
 * sentences or segments, and the metrics count turns, so a monologue of five segments is one monologue, not five
 * speaker switches.
 */
final class Turns {

    private Turns() {
    }

    static List<SpokenLine> merge(List<SpokenLine> lines) {
        List<SpokenLine> turns = new ArrayList<>(lines.size());
        for (SpokenLine line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            SpokenLine last = turns.isEmpty() ? null : turns.getLast();
            if (last != null && last.speaker().equals(line.speaker()) && Objects.equals(last.role(), line.role())) {
                turns.set(turns.size() - 1, new SpokenLine(last.speaker(), last.text() + " " + line.text().strip(),
                        last.startMs(), last.endMs() == null || line.endMs() == null ? null
                        : Long.valueOf(Math.max(last.endMs(), line.endMs())), last.role()));
            } else {
                turns.add(new SpokenLine(line.speaker(), line.text().strip(), line.startMs(), line.endMs(),
                        line.role()));
            }
        }
        return turns;
    }
}
