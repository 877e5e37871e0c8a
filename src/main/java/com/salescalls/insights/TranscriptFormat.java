package com.salescalls.insights;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a posted transcript is written. {@link #TEXT} ({@code Speaker: words} lines) and {@link #UTTERANCES} (a JSON
 * list of {@code {speaker, text, start_ms, end_ms}}) are the product's own forms; the others are files as meeting
 * tools and transcription services export them, read by {@link TranscriptFiles}.
 */
public enum TranscriptFormat {
    TEXT("text", List.of(MediaTypes.TEXT_PLAIN)),
    UTTERANCES("utterances", List.of()),
    /** WebVTT as Zoom and Microsoft Teams export it */
    VTT("vtt", List.of(MediaTypes.TEXT_VTT)),
    /** SubRip */
    SRT("srt", List.of(MediaTypes.SUBRIP, MediaTypes.TEXT_SRT)),
    /** Amazon Transcribe's JSON, standard or Call Analytics */
    AWS_TRANSCRIBE("aws_transcribe", List.of()),
    /** the common shape of other transcription APIs: {@code [{speaker, text|transcript, start, end}]} */
    UTTERANCES_JSON("utterances_json", List.of());

    private final String wireName;
    private final List<String> mediaTypes;

    TranscriptFormat(String wireName, List<String> mediaTypes) {
        this.wireName = wireName;
        this.mediaTypes = mediaTypes;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether {@link TranscriptFiles} reads this format (the product's own two are checked elsewhere). */
    public boolean isFile() {
        return this != TEXT && this != UTTERANCES;
    }

    /** Whether the file is JSON, so that a client may post it as a JSON value rather than a string. */
    public boolean isJson() {
        return this == AWS_TRANSCRIBE || this == UTTERANCES_JSON;
    }

    public static Optional<TranscriptFormat> fromWireName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wanted)).findFirst();
    }

    /** The format an upload's media type (type/subtype, no parameters) names, if any. */
    public static Optional<TranscriptFormat> fromMediaType(String mediaType) {
        String wanted = mediaType.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaTypes.contains(wanted)).findFirst();
    }

    /**
     * The media types of the formats that may be uploaded as a request body of their own, as constants for
     * {@code consumes} (the JSON formats are posted inside the call's JSON instead).
     */
    public static final class MediaTypes {
        public static final String TEXT_PLAIN = "text/plain";
        public static final String TEXT_VTT = "text/vtt";
        public static final String SUBRIP = "application/x-subrip";
        public static final String TEXT_SRT = "text/srt";

        private MediaTypes() {
        }
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(TranscriptFormat::wireName).toList();
    }
}
