package com.salescalls.calls;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.salescalls.platform.Identifiers;
import com.salescalls.generator.CallGenerator;
import com.salescalls.generator.GeneratedCall;
import com.salescalls.insights.EmbeddingEncoder;
import com.salescalls.insights.SentimentAnalyzer;
import com.salescalls.insights.SpeakerAssignment;
import com.salescalls.insights.SpeakerRole;
import com.salescalls.insights.SpokenLine;
import com.salescalls.insights.TranscriptAnalyzer;
import com.salescalls.insights.TranscriptInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ingest rules on their own: every violation named by field, returned as values, and the parse done once. */
class IngestRulesTest {

    private static final TranscriptAnalyzer ANALYZER = new TranscriptAnalyzer(new SentimentAnalyzer(),
            new EmbeddingEncoder());
    private static final IngestRules RULES = new IngestRules(limits(500, 3, 10), ANALYZER, agentId -> java.util.Optional.empty());
    private static final IngestRules GENEROUS = new IngestRules(limits(200_000, 20_000, 10_000), ANALYZER, agentId -> java.util.Optional.empty());
    private static final String START = "2026-05-04T09:30:00+02:00";

    /** The limits as configuration would bind them, without a Spring context. */
    private static CallsProperties limits(int maxTranscriptChars, int maxUtterances, int maxBulkCalls) {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                "app.calls.max-transcript-chars", maxTranscriptChars,
                "app.calls.max-utterances", maxUtterances,
                "app.calls.max-bulk-calls", maxBulkCalls)))
                .bindOrCreate("app.calls", Bindable.of(CallsProperties.class));
    }

    private static CallDraft text(String transcript) {
        return new CallDraft("CRM-1", "AGENT_1", "CUST_1", null, START, 60, transcript, null);
    }

    private static CallDraft utterances(CallDraft.@Nullable Utterance... utterances) {
        return new CallDraft("CRM-1", "AGENT_1", "CUST_1", "en-US", START, 30, null, Arrays.asList(utterances));
    }

    private static List<String> fields(Checked<?> checked) {
        assertThat(checked).isInstanceOf(Checked.Invalid.class);
        return ((Checked.Invalid<?>) checked).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aGoodTextCallBecomesTheCallToStoreWithItsUnknownSpeakers() {
        Checked<NewCall> checked = RULES.check(text("Agent: Hello.\nDana Smith: Hi.\nCustomer: Morning."));

        assertThat(checked).isInstanceOfSatisfying(Checked.Valid.class, valid -> {
            assertThat(valid.unknownSpeakers()).containsExactly("Dana Smith");
            NewCall call = (NewCall) valid.value();
            assertThat(call.language()).as("the default").isEqualTo("en");
            assertThat(call.startTime()).isEqualTo(OffsetDateTime.of(2026, 5, 4, 9, 30, 0, 0, ZoneOffset.ofHours(2)));
            assertThat(call.utterances()).isNull();
        });
    }

    @Test
    void aTextWithWordsBeforeItsFirstLabelPlacesItsSpeakersByTheirLabelsAlone() {
        Checked<NewCall> checked = RULES.check(text("Call recording 3\nAgent: Hello.\nDana Smith: Hi."));

        assertThat(checked).isInstanceOfSatisfying(Checked.Valid.class, valid -> {
            assertThat(valid.speakers()).containsExactly(
                    new SpeakerAssignment("Agent", SpeakerRole.AGENT, SpeakerAssignment.Source.LABEL),
                    new SpeakerAssignment("Dana Smith", SpeakerRole.UNKNOWN, SpeakerAssignment.Source.NONE));
            assertThat(valid.unknownSpeakers()).containsExactly("Dana Smith");
            assertThat(((NewCall) valid.value()).utterances()).as("kept as text").isNull();
        });
    }

    @Test
    void utterancesWithEndsGiveTheDurationAndTheirTextForm() {
        Checked<NewCall> checked = RULES.check(new CallDraft("CRM-1", "AGENT_1", "CUST_1", "en-US", START, null, null,
                List.of(new CallDraft.Utterance(" Agent ", "Hi.", 0L, 1_200L),
                        new CallDraft.Utterance("Customer", "Hello.", 1_500L, 4_001L))));

        NewCall call = ((Checked.Valid<NewCall>) checked).value();
        assertThat(call.durationSeconds()).isEqualTo(5);
        assertThat(call.utterances()).containsExactly(new SpokenLine("Agent", "Hi.", 0L, 1_200L),
                new SpokenLine("Customer", "Hello.", 1_500L, 4_001L));
        assertThat(call.transcript()).isEqualTo("[00:00:00] Agent: Hi.\n[00:00:01] Customer: Hello.");
    }

    @Test
    void collectsEveryViolationOfTheFieldsAtOnce() {
        CallDraft draft = new CallDraft("bad id", null, "CUST 1", "english!", "yesterday", 86_401, "   ", null);

        assertThat(((Checked.Invalid<NewCall>) RULES.check(draft)).violations())
                .extracting(Violation::field, Violation::message).containsExactly(
                        tuple("call_id", Identifiers.MESSAGE),
                        tuple("agent_id", "is required"),
                        tuple("customer_id", Identifiers.MESSAGE),
                        tuple("language", IngestRules.LANGUAGE_MESSAGE),
                        tuple("start_time", "must be an ISO-8601 date-time with an offset, e.g. 2026-03-01T09:30:00Z"),
                        tuple("transcript", "must not be blank"),
                        tuple("duration_seconds", "must be between 0 and 86400"));
    }

    @Test
    void aTextTranscriptNeedsItsDuration() {
        CallDraft draft = new CallDraft("CRM-1", "AGENT_1", "CUST_1", null, START, null, "Agent: Hi.", null);
        assertThat(fields(RULES.check(draft))).containsExactly("duration_seconds");
    }

    @Test
    void exactlyOneTranscriptForm() {
        CallDraft both = new CallDraft("CRM-1", "AGENT_1", "CUST_1", null, START, 5, "Agent: Hi.",
                List.of(new CallDraft.Utterance("Agent", "Hi.", null, null)));
        CallDraft neither = new CallDraft("CRM-1", "AGENT_1", "CUST_1", null, START, 5, null, null);
        assertThat(fields(RULES.check(both))).containsExactly("transcript");
        assertThat(fields(RULES.check(neither))).containsExactly("transcript");
    }

    @Test
    void boundsTheTranscriptAndTheUtterancesByTheConfiguredLimits() {
        assertThat(fields(RULES.check(text("Agent: " + "a".repeat(500))))).containsExactly("transcript");
        CallDraft.Utterance hi = new CallDraft.Utterance("Agent", "Hi.", null, null);
        assertThat(fields(RULES.check(utterances(hi, hi, hi, hi)))).containsExactly("utterances");
        assertThat(fields(RULES.check(utterances()))).containsExactly("utterances");
        CallDraft.Utterance long1 = new CallDraft.Utterance("Agent", "b".repeat(300), 0L, 1L);
        assertThat(fields(RULES.check(utterances(long1, long1)))).as("500 characters of text in all")
                .containsExactly("utterances");
    }

    @Test
    void namesEachBadUtteranceField() {
        List<CallDraft.@Nullable Utterance> list = new ArrayList<>();
        list.add(new CallDraft.Utterance("Agent", "Hi.", 5_000L, 4_000L));
        list.add(null);
        list.add(new CallDraft.Utterance("Two\nlines", " ", -1L, null));
        CallDraft draft = new CallDraft("CRM-1", "AGENT_1", "CUST_1", null, START, 10, null, list);

        assertThat(fields(RULES.check(draft))).containsExactly("utterances[0].end_ms", "utterances[1]",
                "utterances[2].speaker", "utterances[2].text", "utterances[2].start_ms");
    }

    @Test
    void timingsTheAnalysisWouldRejectAreViolationsFromTheSameParse() {
        Checked<NewCall> checked = RULES.check(utterances(new CallDraft.Utterance("Agent", "Hi.", 9_000L, 9_500L),
                new CallDraft.Utterance("Customer", "Hello.", 1_000L, 1_500L)));
        assertThat(fields(checked)).containsExactly("utterances[1].start_ms");
        assertThat(fields(RULES.check(text("[00:00:09] Agent: Hi.\n[00:00:01] Customer: Hello."))))
                .containsExactly("transcript");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Agent: a\u0000b", "Agent: half \ud800 a pair", "Agent: \udc00 low first", "Agent: end \ud83d"})
    void nulAndLoneSurrogatesAreViolationsOfTheirField(String transcript) {
        assertThat(fields(RULES.check(text(transcript)))).containsExactly("transcript");
        assertThat(fields(RULES.check(utterances(new CallDraft.Utterance("Agent", transcript, null, null)))))
                .containsExactly("utterances[0].text");
        assertThat(fields(RULES.check(utterances(new CallDraft.Utterance(transcript.substring(7), "fine", null, null)))))
                .containsExactly("utterances[0].speaker");
        assertThat(fields(RULES.checkTranscript(transcript, null, null))).containsExactly("transcript");
    }

    @Test
    void surrogatePairsAreFine() {
        assertThat(IngestRules.textProblem("Great call \ud83d\ude00 thanks")).isNull();
        assertThat(IngestRules.textProblem("a\u0000")).contains("NUL");
        assertThat(IngestRules.textProblem("a\ud800")).contains("lone surrogate", "at character 1");
        assertThat(RULES.check(text("Agent: Great call \ud83d\ude00 thanks"))).isInstanceOf(Checked.Valid.class);
    }

    @Test
    void aCallBuiltInCodeIsHeldToTheSameRules() {
        OffsetDateTime start = OffsetDateTime.parse(START);
        NewCall good = NewCall.ofUtterances("LIVE-1", "AGENT_1", "CUST_1", "en", start, 2,
                List.of(new SpokenLine("Agent", "Hi.", 0L, null), new SpokenLine("Customer", "Yo.", 900L, null)));
        NewCall bad = new NewCall("LIVE 2", "AGENT_1", "CUST_1", "en", start, 90_000, "Agent: a\u0000");

        assertThat(RULES.check(good)).isEqualTo(new Checked.Valid<>(good, List.of(), List.of(
                new SpeakerAssignment("Agent", SpeakerRole.AGENT, SpeakerAssignment.Source.LABEL),
                new SpeakerAssignment("Customer", SpeakerRole.CUSTOMER, SpeakerAssignment.Source.LABEL))));
        assertThat(fields(RULES.check(bad))).containsExactly("call_id", "transcript", "duration_seconds");
    }

    @Test
    void aTranscriptAloneForTheAnalysis() {
        Checked<TranscriptInput> checked = RULES.checkTranscript(null,
                List.of(new CallDraft.Utterance("Agent", "Hi.", 0L, 2_500L), new CallDraft.Utterance("Narrator", "Bye.",
                        3_000L, 3_200L)), null);
        assertThat(checked).isEqualTo(new Checked.Valid<>(TranscriptInput.lines(List.of(
                new SpokenLine("Agent", "Hi.", 0L, 2_500L), new SpokenLine("Narrator", "Bye.", 3_000L, 3_200L)), 4),
                List.of("Narrator"), List.of(
                        new SpeakerAssignment("Agent", SpeakerRole.AGENT, SpeakerAssignment.Source.LABEL),
                        new SpeakerAssignment("Narrator", SpeakerRole.UNKNOWN, SpeakerAssignment.Source.NONE))));
        assertThat(fields(RULES.checkTranscript("Agent: hi", null, -1))).containsExactly("duration_seconds");
        assertThat(RULES.checkTranscript("Agent: hi", null, null)).as("the duration is optional here")
                .isInstanceOf(Checked.Valid.class);
    }

    @Test
    void oneUtteranceAloneAsALiveProducerSendsIt() {
        assertThat(RULES.checkUtterance("", new CallDraft.Utterance("Agent", "a\u0000b", 10L, 5L)))
                .extracting(Violation::field).containsExactly("text", "end_ms");
        assertThat(RULES.checkUtterance("", new CallDraft.Utterance("Agent", "fine", 10L, 50L))).isEmpty();
    }

    @Test
    void generatedCallsObeyTheRulesAsTheLoaderStoresThem() {
        List<GeneratedCall> generated = new CallGenerator(11, Instant.parse("2026-03-01T00:00:00Z")).generate(300, 1);
        for (GeneratedCall call : generated) {
            NewCall stored = new NewCall(call.callId(), call.agentId(), call.customerId(), call.language(),
                    call.startTime(), call.durationSeconds(), call.transcript());
            assertThat(GENEROUS.check(stored)).as(call.callId()).isInstanceOf(Checked.Valid.class);
        }
    }

    @Test
    void theIdAndLanguagePatterns() {
        assertThat(IngestRules.isId("CALL_12345678")).isTrue();
        assertThat(IngestRules.isId("crm:2026-03.a_b")).isTrue();
        assertThat(IngestRules.isId("x".repeat(64))).isTrue();
        assertThat(IngestRules.isId("x".repeat(65))).isFalse();
        assertThat(IngestRules.isId("")).isFalse();
        assertThat(IngestRules.isId("a/b")).isFalse();
        assertThat(IngestRules.isId(null)).isFalse();
        assertThat(IngestRules.isLanguage("en-US")).isTrue();
        assertThat(IngestRules.isLanguage("english")).isFalse();
    }
}
