package com.salescalls.insights;

import org.jspecify.annotations.Nullable;

/**
 * One utterance as a transcription tool delivers it.
 *
 * @param speaker the speaker's label or name
 * @param text    what was said
 * @param startMs when the utterance started, in milliseconds from the start of the call, if known
 * @param endMs   when it ended, if known
 * @param role    the speaker's side when it is known from more than the label (a {@code speakers} mapping, a role
 *                the transcript format carries, the agent's display name); null: the label decides, as a text
 *                transcript's label does ({@code Agent}, {@code Customer 2}), and a person's name stays unknown
 */
public record SpokenLine(String speaker, String text, @Nullable Long startMs, @Nullable Long endMs,
                         @Nullable SpeakerRole role) {

    public SpokenLine(String speaker, String text, @Nullable Long startMs, @Nullable Long endMs) {
        this(speaker, text, startMs, endMs, null);
    }

    /** The side this utterance counts for: the role when given, else what the label says. */
    public SpeakerRole side() {
        return role != null ? role : SpeakerRole.fromLabel(speaker);
    }

    SpokenLine withRole(@Nullable SpeakerRole newRole) {
        return new SpokenLine(speaker, text, startMs, endMs, newRole);
    }
}
