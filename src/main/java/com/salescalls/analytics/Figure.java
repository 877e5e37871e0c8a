package com.salescalls.analytics;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** The figures that agents are ranked and sorted by, under their names on the wire. */
public enum Figure {
    TOTAL_CALLS("total_calls", f -> (double) f.totalCalls()),
    AVG_SENTIMENT("avg_sentiment", AgentFigures::avgSentiment),
    AVG_TALK_RATIO("avg_talk_ratio", AgentFigures::avgTalkRatio),
    AVG_DURATION_SECONDS("avg_duration_seconds", AgentFigures::avgDurationSeconds),
    POSITIVE_SHARE("positive_share", AgentFigures::positiveShare),
    NEGATIVE_SHARE("negative_share", AgentFigures::negativeShare),
    AVG_QUESTIONS("avg_questions", AgentFigures::avgQuestions);

    private final String wireName;
    private final Function<AgentFigures, @Nullable Double> value;

    Figure(String wireName, Function<AgentFigures, @Nullable Double> value) {
        this.wireName = wireName;
        this.value = value;
    }

    public String wireName() {
        return wireName;
    }

    public @Nullable Double of(AgentFigures figures) {
        return value.apply(figures);
    }

    public static Optional<Figure> fromWireName(String name) {
        return Arrays.stream(values()).filter(figure -> figure.wireName.equals(name)).findFirst();
    }
}
