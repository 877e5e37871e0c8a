package com.salescalls.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CallGeneratorDeterminismTest {

    private static final Instant ANCHOR = Transcripts.ANCHOR;

    @Test
    void sameSeedAndAnchorGiveIdenticalCalls() {
        List<GeneratedCall> first = new CallGenerator(7L, ANCHOR).generate(200, 1);
        List<GeneratedCall> second = new CallGenerator(7L, ANCHOR).generate(200, 1);

        // Record equality compares every field, transcript included.
        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedGivesDifferentCalls() {
        List<GeneratedCall> first = new CallGenerator(7L, ANCHOR).generate(50, 1);
        List<GeneratedCall> other = new CallGenerator(8L, ANCHOR).generate(50, 1);

        assertThat(other).extracting(GeneratedCall::transcript)
                .doesNotContainAnyElementsOf(first.stream().map(GeneratedCall::transcript).toList());
    }

    @Test
    void generateEqualsThePrefixOfTheStream() {
        CallGenerator generator = new CallGenerator(11L, ANCHOR);

        assertThat(generator.generate(100, 500)).isEqualTo(generator.stream(500).limit(100).toList());
    }

    @Test
    void aCallDependsOnlyOnItsNumberNotOnWhereGenerationStarted() {
        CallGenerator generator = new CallGenerator(3L, ANCHOR);

        assertThat(generator.generate(10, 25)).isEqualTo(generator.generate(40, 0).subList(25, 35));
    }

    @Test
    void parallelStreamGivesTheSameCallsAsSequential() {
        CallGenerator generator = new CallGenerator(5L, ANCHOR);

        List<GeneratedCall> parallel = generator.stream(1).limit(200).parallel().toList();

        assertThat(parallel).isEqualTo(generator.generate(200, 1));
    }

    @Test
    void rejectsCountsAndCallNumbersOutsideTheIdSpace() {
        CallGenerator generator = new CallGenerator(1L, ANCHOR);

        assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(-1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(2, 99_999_999L));
        assertThatIllegalArgumentException().isThrownBy(() -> generator.stream(-1));
        assertThat(generator.generate(0, 0)).isEmpty();
    }
}
