package com.salescalls.calls;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.salescalls.platform.InvalidParameters;
import com.salescalls.platform.InvalidParameters.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FilterParametersTest {

    @Test
    void aBadDateIsReportedTogetherWithEveryOtherBadParameter() {
        List<Violation> collected = new ArrayList<>(List.of(new Violation("sort", "must be one of [...]")));
        FilterParameters parameters = new FilterParameters(null, null, null, "yesterday", "2026-13-01", 2.0, null);

        InvalidParameters invalid = catchThrowableOfType(InvalidParameters.class,
                () -> parameters.toFilter(collected, null, CallSort.NEWEST, 50, 0));

        assertThat(invalid.getMessage()).contains("sort", "min_sentiment", "from_date", "to_date");
        assertThat(invalid.violations()).extracting(Violation::parameter)
                .containsExactly("sort", "min_sentiment", "from_date", "to_date");
    }

    @Test
    void validParametersMakeTheFilterWithAnExclusiveEndOfDay() {
        CallFilter filter = new FilterParameters("AGENT_1", null, "en", "2026-03-01", "2026-03-01", -0.5, 0.5)
                .toFilter(new ArrayList<>(), null, CallSort.NEWEST, 10, 0);
        assertThat(filter.from()).hasToString("2026-03-01T00:00:00Z");
        assertThat(filter.toExclusive()).hasToString("2026-03-02T00:00:00Z");
    }

    @Test
    void fromMustBeBeforeTo() {
        assertThatThrownBy(() -> new FilterParameters(null, null, null, "2026-03-02", "2026-03-01", null, null)
                .toFilter(new ArrayList<>(), null, CallSort.NEWEST, 10, 0))
                .isInstanceOfSatisfying(InvalidParameters.class,
                        e -> assertThat(e.getMessage()).startsWith("from_date: must be before to_date"));
    }
}
