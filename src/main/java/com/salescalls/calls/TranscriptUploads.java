package com.salescalls.calls;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

import com.salescalls.insights.TranscriptFormat;
import com.salescalls.platform.InvalidParameters;

/**
 * A transcript file sent as the request body itself ({@code Content-Type: text/vtt}, {@code application/x-subrip},
 * {@code text/srt} or {@code text/plain}), with the call's other fields as query parameters. It becomes the same
 * {@link CallDraft} a JSON post with {@code format} makes, so the {@link IngestRules} judge both alike. The body's
 * size is bounded before it is read ({@code MAX_BODY_SIZE}), its text by {@code MAX_TRANSCRIPT_CHARS}.
 */
@NamedInterface("ingest")
public final class TranscriptUploads {

    private TranscriptUploads() {
    }

    /**
     * The draft of an uploaded call; {@code speakers} entries are {@code Name:role}, split at the last colon (an
     * entry without one is a name with no role, which the rules name as such).
     *
     * @param mediaType type/subtype of the upload, one of {@link TranscriptFormat.MediaTypes}
     * @param charset   the upload's {@code charset} parameter; UTF-8 when not given
     * @param body      the bytes as sent; none reads as an empty transcript, which the rules refuse as blank
     * @throws InvalidParameters when the charset is unknown or the body is not text in it (nothing is guessed:
     *                           replacing bytes would store other words than were sent)
     */
    public static CallDraft draft(String mediaType, @Nullable String charset, byte @Nullable [] body,
            @Nullable String callId, @Nullable String agentId, @Nullable String customerId, @Nullable String language,
            @Nullable String startTime, @Nullable Integer durationSeconds, @Nullable List<String> speakers) {
        TranscriptFormat format = TranscriptFormat.fromMediaType(mediaType)
                .orElseThrow(() -> new IllegalArgumentException(mediaType + " names no transcript format"));
        return new CallDraft(callId, agentId, customerId, language, startTime, durationSeconds,
                text(body == null ? new byte[0] : body, charset), null, format.wireName(), speakers(speakers), false);
    }

    static String text(byte[] body, @Nullable String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null ? StandardCharsets.UTF_8 : Charset.forName(charsetName.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidParameters("Content-Type", "charset " + printable(charsetName) + " is not supported");
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is not a word
        } catch (CharacterCodingException e) {
            throw new InvalidParameters("transcript", "the body is not valid " + charset.name()
                    + " text (name another charset in Content-Type)");
        }
    }

    static @Nullable Map<String, @Nullable String> speakers(@Nullable List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            return null;
        }
        Map<String, @Nullable String> mapping = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            mapping.put(colon < 0 ? entry.strip() : entry.substring(0, colon).strip(),
                    colon < 0 ? null : entry.substring(colon + 1).strip());
        }
        return mapping;
    }

    private static String printable(@Nullable String value) {
        String shown = String.valueOf(value);
        return "'" + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown).replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
