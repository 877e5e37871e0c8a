package com.salescalls.insights;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One speaker of a call, the side they were given, and the evidence for it.
 *
 * @param speaker the name as the transcript writes it
 * @param role    {@code UNKNOWN} when nothing shows which side they are on
 */
public record SpeakerAssignment(String speaker, SpeakerRole role, Source source) {

    /** Why a speaker has their role, strongest evidence first. */
    public enum Source {
        /** the request's {@code speakers} mapping */
        MAPPING,
        /** a role the transcript format carries (Amazon Transcribe Call Analytics' ParticipantRole) */
        FORMAT,
        /** the label itself names a role ("Agent", "Customer 2") */
        LABEL,
        /** the name is the call's agent's display name or one of their aliases */
        AGENT_NAME,
        /** one of two speakers is known, so the other is on the other side */
        OTHER_SPEAKER,
        /** no evidence: the speaker is reported in {@code unknown_speakers} and counts for neither side */
        NONE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
