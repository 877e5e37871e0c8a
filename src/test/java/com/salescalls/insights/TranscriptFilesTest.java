package com.salescalls.insights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.salescalls.insights.ConversationMetrics.Questions;
import com.salescalls.insights.ConversationMetrics.Silence;
import com.salescalls.insights.ConversationMetrics.TalkShare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each sample under {@code examples/transcripts} holds the conversation of {@link SampleCalls#TIMED} as a tool
 * exports it, with named speakers: the parsed utterances must be those, and so must the metrics worked out for
 * {@code TIMED} by hand (see the metric tests): words 31 agent / 14 customer, talk 12.5 s / 8 s, one interruption
 * (the customer starts at 12 s while the agent talks until 13 s), one silence of 4 s (16 s to 20 s), patience
 * (1 s + 4 s) / 2, two agent questions.
 */
class TranscriptFilesTest {

    static final String DANA = "Dana Whitfield";
    static final String SAM = "Sam Ortiz";

    static List<SpokenLine> timed(String agent, String customer) {
        return SampleCalls.TIMED.stream().map(line -> new SpokenLine(
                line.speaker().equals("Agent") ? agent : customer, line.text(), line.startMs(), line.endMs())).toList();
    }

    static String sample(String name) {
        try {
            return Files.readString(Path.of("examples/transcripts", name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"zoom.vtt, VTT", "teams.vtt, VTT", "call.srt, SRT"})
    void subtitleFilesGiveNamedTimedTurnsWithSplitCuesJoined(String file, TranscriptFormat format) {
        ParsedTranscript parsed = TranscriptFiles.parse(format, sample(file));

        assertThat(parsed.problems()).isEmpty();
        // the last turn is two cues in each file (21.5-23.2 s and 23.2-25 s): one utterance
        assertThat(parsed.lines()).isEqualTo(timed(DANA, SAM));
    }

    @Test
    void utterancesInWholeNumbersAreMilliseconds() {
        ParsedTranscript parsed = TranscriptFiles.parse(TranscriptFormat.UTTERANCES_JSON, sample("utterances-ms.json"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).isEqualTo(timed("A", "B"));
    }

    @Test
    void utterancesWithFractionsAreSecondsAndNumberedSpeakersGetAName() {
        ParsedTranscript parsed = TranscriptFiles.parse(TranscriptFormat.UTTERANCES_JSON,
                sample("utterances-seconds.json"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).isEqualTo(timed("Speaker 0", "Speaker 1"));
    }

    @Test
    void callAnalyticsCarriesTheParticipantRole() {
        ParsedTranscript parsed = TranscriptFiles.parse(TranscriptFormat.AWS_TRANSCRIBE, sample("aws-call-analytics.json"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).isEqualTo(timed("Agent", "Customer").stream()
                .map(l -> l.withRole(l.speaker().equals("Agent") ? SpeakerRole.AGENT : SpeakerRole.CUSTOMER)).toList());
    }

    @Test
    void standardTranscribeOutputJoinsWordsIntoTurnsPerSpeakerLabel() {
        ParsedTranscript parsed = TranscriptFiles.parse(TranscriptFormat.AWS_TRANSCRIBE, sample("aws-transcribe.json"));

        assertThat(parsed.problems()).isEmpty();
        // this file's customer waits until 13 s to answer (word items of overlapping speech would interleave)
        List<SpokenLine> expected = timed("spk_0", "spk_1").stream()
                .map(l -> l.startMs() == 12000 ? new SpokenLine(l.speaker(), l.text(), 13000L, l.endMs()) : l).toList();
        assertThat(parsed.lines()).isEqualTo(expected);
    }

    @Test
    void audioSegmentsAreUsedWhenTheyCarrySpeakers() {
        String json = """
                {"results": {"items": [], "audio_segments": [
                  {"id": 0, "transcript": "Hello there.", "start_time": "0.5", "end_time": "1.25", "speaker_label": "spk_0", "items": []},
                  {"id": 1, "transcript": "Hi.", "start_time": "1.5", "end_time": "2.0", "speaker_label": "spk_1", "items": []}
                ]}}""";

        assertThat(TranscriptFiles.parse(TranscriptFormat.AWS_TRANSCRIBE, json).lines()).containsExactly(
                new SpokenLine("spk_0", "Hello there.", 500L, 1250L), new SpokenLine("spk_1", "Hi.", 1500L, 2000L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zoom.vtt        | VTT             | ",
            "teams.vtt       | VTT             | ",
            "call.srt        | SRT             | ",
            "utterances-ms.json | UTTERANCES_JSON | A=agent",
            "aws-call-analytics.json | AWS_TRANSCRIBE | ",
    })
    void metricsOfEachSampleAreThoseWorkedOutByHand(String file, TranscriptFormat format, String mapping) {
        Map<String, String> speakers = mapping == null ? Map.of() : Map.of(mapping.split("=")[0], mapping.split("=")[1]);
        AgentNames dana = new AgentNames(DANA, List.of("Dana W."));
        SpeakerResolution resolution = SpeakerResolver.resolve(TranscriptFiles.parse(format, sample(file)).lines(),
                speakers, dana);

        assertThat(resolution.unknownSpeakers()).isEmpty();
        ConversationMetrics metrics = metrics(resolution.lines());
        assertThat(metrics.talkRatio()).isEqualTo(new TalkShare(31.0 / 45, 12.5 / 20.5));
        assertThat(metrics.interruptions()).isEqualTo(1);
        assertThat(metrics.silence()).isEqualTo(new Silence(1, 4.0, 4.0));
        assertThat(metrics.patienceSeconds()).isEqualTo(2.5);
        assertThat(metrics.questions()).isEqualTo(new Questions(2, 0, 4.8));
    }

    @Test
    void metricsOfTheTranscribeSampleFollowItsLaterAnswer() {
        SpeakerResolution resolution = SpeakerResolver.resolve(TranscriptFiles.parse(TranscriptFormat.AWS_TRANSCRIBE,
                sample("aws-transcribe.json")).lines(), Map.of("spk_0", "agent"), null);

        ConversationMetrics metrics = metrics(resolution.lines());
        // the customer's second turn is 13-16 s: customer talk 3.5 + 3 + 0.5 = 7 s; no overlap, so no interruption;
        // patience (1 s + 4 s) / 2 as before
        assertThat(metrics.talkRatio()).isEqualTo(new TalkShare(31.0 / 45, 12.5 / 19.5));
        assertThat(metrics.interruptions()).isZero();
        assertThat(metrics.silence()).isEqualTo(new Silence(1, 4.0, 4.0));
        assertThat(metrics.patienceSeconds()).isEqualTo(2.5);
        assertThat(metrics.talkSpeedWpm().customer()).isCloseTo(14 / (7.0 / 60), within(1e-9));
    }

    private static ConversationMetrics metrics(List<SpokenLine> lines) {
        Conversation call = Conversation.of(Transcript.of(TranscriptInput.lines(lines, null)), null);
        return MetricsCalculator.compute(call, new double[SentimentProfile.scored(call).size()]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cue-ends-before-start.vtt       | VTT             | cue 2 (line 8): ends (00:00:04.500) before it starts",
            "no-header.vtt                   | VTT             | line 1: a WebVTT file begins with WEBVTT",
            "bad-timing.srt                  | SRT             | cue 2 (line 5): expected a cue number and a timing 'hh:mm:ss,mmm --> hh:mm:ss,mmm'",
            "no-speaker.srt                  | SRT             | cue 1 (line 2): names no speaker: begin its text with 'Name: ' or a voice tag <v Name>",
            "aws-no-participant-role.json    | AWS_TRANSCRIBE  | Transcript[1].ParticipantRole: is required",
            "utterances-end-before-start.json | UTTERANCES_JSON | [1].end: is before its start",
    })
    void aBadFileIsRefusedNamingWhereItIsWrong(String file, TranscriptFormat format, String problem) {
        ParsedTranscript parsed = TranscriptFiles.parse(format, sample("invalid/" + file));

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(TranscriptProblem::toString).containsExactly(problem);
    }

    @Test
    void brokenJsonIsNamedByLineAndColumn() {
        ParsedTranscript parsed = TranscriptFiles.parse(TranscriptFormat.AWS_TRANSCRIBE, sample("invalid/aws-broken.json"));

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("line 3, column 24");
            assertThat(p.message()).startsWith("is not valid JSON");
        });
    }

    @Test
    void wholeSecondsReadAsMillisecondsAreRefusedWithAHint() {
        ParsedTranscript parsed = TranscriptFiles.parse(TranscriptFormat.UTTERANCES_JSON,
                sample("invalid/utterances-whole-seconds.json"));

        assertThat(parsed.problems()).singleElement().extracting(TranscriptProblem::message).asString()
                .contains("17 words take 7 ms").contains("decimal point");
    }

    @Test
    void cuesMustStartInTimeOrder() {
        String vtt = "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nDana: later\n\n00:00:01.000 --> 00:00:02.000\nSam: earlier\n";

        assertThat(TranscriptFiles.parse(TranscriptFormat.VTT, vtt).problems()).extracting(TranscriptProblem::toString)
                .containsExactly("cue 2 (line 6): starts before cue 1; cues must be in time order");
    }

    @Test
    void aCueWithSeveralVoicesGivesEachItsTurnAndMarkupIsDropped() {
        String vtt = """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v Dana Whitfield>So, <i>shall</i> we?</v> <v.loud Sam Ortiz>Yes &amp; now.</v>
                """;

        assertThat(TranscriptFiles.parse(TranscriptFormat.VTT, vtt).lines()).containsExactly(
                new SpokenLine(DANA, "So, shall we?", 1000L, 3000L), new SpokenLine(SAM, "Yes & now.", 1000L, 3000L));
    }

    @Test
    void timeOfDayInSpeechIsNoSpeaker() {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nSam Ortiz: fine\n\n2\n00:00:02,000 --> 00:00:03,000\n10:30 works\n";

        assertThat(TranscriptFiles.parse(TranscriptFormat.SRT, srt).lines())
                .containsExactly(new SpokenLine(SAM, "fine 10:30 works", 1000L, 3000L));
    }
}
