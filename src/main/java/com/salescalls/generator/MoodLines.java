package com.salescalls.generator;

import java.util.List;

/** Alternative phrasings of the same beat, one list per customer mood. */
record MoodLines(List<String> pleased, List<String> neutral, List<String> annoyed) {

    List<String> of(CustomerMood mood) {
        return switch (mood) {
            case PLEASED -> pleased;
            case NEUTRAL -> neutral;
            case ANNOYED -> annoyed;
        };
    }
}
