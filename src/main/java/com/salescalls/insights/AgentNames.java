package com.salescalls.insights;

import java.util.List;
import java.util.stream.Stream;

/** The names an agent goes by in transcripts: a display name set by an admin, and aliases (nicknames, spellings). */
public record AgentNames(String displayName, List<String> aliases) {

    public AgentNames {
        aliases = List.copyOf(aliases);
    }

    boolean matches(String speaker) {
        String name = SpeakerNames.normalized(speaker);
        return Stream.concat(Stream.of(displayName), aliases.stream())
                .anyMatch(known -> SpeakerNames.normalized(known).equals(name));
    }
}
