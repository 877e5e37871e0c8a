package com.salescalls.calls;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.salescalls.platform.InvalidParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An uploaded transcript file becoming the draft a JSON post would make. */
class TranscriptUploadsTest {

    private static CallDraft upload(String mediaType, String charset, byte[] body, List<String> speakers) {
        return TranscriptUploads.draft(mediaType, charset, body, "UP-1", "AGENT_1", "CUST_1", null,
                "2026-02-01T10:00:00Z", null, speakers);
    }

    @Test
    void theMediaTypeNamesTheFormatAndTheQueryFieldsFillTheDraft() {
        byte[] vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nDana: Hi\n".getBytes(StandardCharsets.UTF_8);

        CallDraft draft = upload("text/vtt", null, vtt, List.of());

        assertThat(draft).isEqualTo(new CallDraft("UP-1", "AGENT_1", "CUST_1", null, "2026-02-01T10:00:00Z", null,
                "WEBVTT\n\n00:00.000 --> 00:01.000\nDana: Hi\n", null, "vtt", null, false));
        assertThat(upload("application/x-subrip", null, vtt, List.of()).format()).isEqualTo("srt");
        assertThat(upload("text/srt", null, vtt, List.of()).format()).isEqualTo("srt");
        assertThat(upload("text/plain", null, vtt, List.of()).format()).isEqualTo("text");
    }

    @Test
    void speakersAreNameColonRoleSplitAtTheLastColon() {
        CallDraft draft = upload("text/vtt", null, new byte[0],
                List.of("Dana Whitfield: agent", "Dr. No: Yes:customer", "Sam"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Dana Whitfield", "agent");
        expected.put("Dr. No: Yes", "customer");
        expected.put("Sam", null); // the rules answer "speakers.Sam: must be agent or customer"
        assertThat(draft.speakers()).containsExactlyEntriesOf(expected);
        assertThat(upload("text/vtt", null, new byte[0], null).speakers()).isNull();
    }

    @Test
    void theBodyIsDecodedInItsCharsetWithoutAByteOrderMarkAndNeverGuessed() {
        byte[] latin1 = "Agent: Jos\u00e9 speaking".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bom = "\uFEFFAgent: hi".getBytes(StandardCharsets.UTF_8);

        assertThat(upload("text/plain", "ISO-8859-1", latin1, null).transcript())
                .isEqualTo("Agent: Jos\u00e9 speaking");
        assertThat(upload("text/plain", null, bom, null).transcript()).isEqualTo("Agent: hi");
        assertThatThrownBy(() -> upload("text/plain", null, latin1, null)).isInstanceOf(InvalidParameters.class)
                .extracting(e -> e.getMessage()).asString()
                .isEqualTo("transcript: the body is not valid UTF-8 text (name another charset in Content-Type)");
        assertThatThrownBy(() -> upload("text/plain", "klingon", latin1, null))
                .extracting(e -> e.getMessage()).asString()
                .isEqualTo("Content-Type: charset 'klingon' is not supported");
    }
}
