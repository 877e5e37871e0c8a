package com.salescalls.insights;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.salescalls.insights.SpeakerAssignment.Source;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerResolverTest {

    private static final List<SpokenLine> TWO = TranscriptFilesTest.timed("Dana Whitfield", "Sam Ortiz");
    private static final AgentNames DANA = new AgentNames("Dana Whitfield", List.of("Dana W.", "DW"));

    @Test
    void theMappingNamesBothSides() {
        SpeakerResolution r = SpeakerResolver.resolve(TWO, Map.of("dana  whitfield", "agent", "Sam Ortiz", "Customer"),
                null);

        assertThat(r.problems()).isEmpty();
        assertThat(r.speakers()).containsExactly(
                new SpeakerAssignment("Dana Whitfield", SpeakerRole.AGENT, Source.MAPPING),
                new SpeakerAssignment("Sam Ortiz", SpeakerRole.CUSTOMER, Source.MAPPING));
        assertThat(r.lines()).extracting(SpokenLine::role).containsExactly(SpeakerRole.AGENT, SpeakerRole.CUSTOMER,
                SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.AGENT);
        assertThat(r.unknownSpeakers()).isEmpty();
    }

    @Test
    void theAgentsDisplayNameOrAliasMarksTheAgentAndTheOnlyOtherSpeakerIsTheCustomer() {
        List<SpokenLine> zoom = TranscriptFilesTest.timed("Dana W. (Acme)", "Sam Ortiz");

        SpeakerResolution r = SpeakerResolver.resolve(zoom, Map.of(), DANA);

        assertThat(r.speakers()).containsExactly(
                new SpeakerAssignment("Dana W. (Acme)", SpeakerRole.AGENT, Source.AGENT_NAME),
                new SpeakerAssignment("Sam Ortiz", SpeakerRole.CUSTOMER, Source.OTHER_SPEAKER));
    }

    @Test
    void aMappedCustomerMakesTheOnlyOtherSpeakerTheAgent() {
        SpeakerResolution r = SpeakerResolver.resolve(TWO, Map.of("Sam Ortiz", "customer"), null);

        assertThat(r.speakers()).extracting(SpeakerAssignment::role, SpeakerAssignment::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SpeakerRole.AGENT, Source.OTHER_SPEAKER),
                org.assertj.core.groups.Tuple.tuple(SpeakerRole.CUSTOMER, Source.MAPPING));
    }

    @Test
    void withoutEvidenceEverySpeakerStaysUnknownAndIsReported() {
        SpeakerResolution r = SpeakerResolver.resolve(TWO, Map.of(), new AgentNames("Someone Else", List.of()));

        assertThat(r.unknownSpeakers()).containsExactly("Dana Whitfield", "Sam Ortiz");
        assertThat(r.lines()).extracting(SpokenLine::role).containsOnlyNulls();
        assertThat(r.lines()).extracting(SpokenLine::side).containsOnly(SpeakerRole.UNKNOWN);
    }

    @Test
    void withThreeSpeakersOneKnownTheOthersStayUnknown() {
        List<SpokenLine> three = List.of(new SpokenLine("Dana Whitfield", "Hello both", 0L, 1000L),
                new SpokenLine("Sam Ortiz", "Hi", 1000L, 2000L), new SpokenLine("Lee Park", "Hello", 2000L, 3000L));

        SpeakerResolution r = SpeakerResolver.resolve(three, Map.of(), DANA);

        assertThat(r.unknownSpeakers()).containsExactly("Sam Ortiz", "Lee Park");
        assertThat(r.speakers().getFirst()).isEqualTo(new SpeakerAssignment("Dana Whitfield", SpeakerRole.AGENT,
                Source.AGENT_NAME));
    }

    @Test
    void aRoleTheFormatCarriesIsUsedWhenNoMappingIsGivenAndTheMappingWinsOverIt() {
        List<SpokenLine> analytics = List.of(new SpokenLine("Agent", "Hi", 0L, 1000L, SpeakerRole.AGENT),
                new SpokenLine("Customer", "Hello", 1000L, 2000L, SpeakerRole.CUSTOMER));

        assertThat(SpeakerResolver.resolve(analytics, Map.of(), null).speakers()).extracting(SpeakerAssignment::source)
                .containsOnly(Source.FORMAT);
        assertThat(SpeakerResolver.resolve(analytics, Map.of("Agent", "customer", "Customer", "agent"), null)
                .lines()).extracting(SpokenLine::role).containsExactly(SpeakerRole.CUSTOMER, SpeakerRole.AGENT);
    }

    @Test
    void roleWordsStillNameTheirSideAndDecideWithoutAStoredRole() {
        List<SpokenLine> labelled = List.of(new SpokenLine("Agent", "Hi", null, null),
                new SpokenLine("Sam Ortiz", "Hello", null, null));

        SpeakerResolution r = SpeakerResolver.resolve(labelled, Map.of(), null);

        // as before names had roles: a role word places only itself, the other name stays unknown
        assertThat(r.speakers()).containsExactly(
                new SpeakerAssignment("Agent", SpeakerRole.AGENT, Source.LABEL),
                new SpeakerAssignment("Sam Ortiz", SpeakerRole.UNKNOWN, Source.NONE));
        assertThat(r.lines()).isEqualTo(labelled);
        assertThat(r.lines().getFirst().side()).isEqualTo(SpeakerRole.AGENT);
    }

    @Test
    void aMappingOfAnAbsentNameOrAnUnknownRoleIsAProblem() {
        SpeakerResolution r = SpeakerResolver.resolve(TWO, Map.of("Dana Whitfeld", "agent", "Sam Ortiz", "boss"), null);

        assertThat(r.problems()).extracting(TranscriptProblem::toString).containsExactlyInAnyOrder(
                "speakers.Sam Ortiz: must be agent or customer",
                "speakers.Dana Whitfeld: does not speak in this transcript; its speakers are Dana Whitfield, Sam Ortiz");
    }
}
