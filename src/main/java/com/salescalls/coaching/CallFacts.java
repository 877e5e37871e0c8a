package com.salescalls.coaching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.salescalls.calls.Call;
import com.salescalls.insights.ConversationMetrics;
import com.salescalls.insights.SentimentAnalyzer;
import com.salescalls.insights.SpeakerRole;
import com.salescalls.insights.TranscriptLines;
import com.salescalls.insights.TranscriptLines.Line;

/**
 * The numbers of one call that nudges look at, taken from its conversation metrics (per-utterance sentiment
 * included) when the call has them and otherwise counted from the transcript's utterances (questions by the
 * analysis's own count, the monologue as the longest run of consecutive agent utterances, the sentiment trend
 * over the customer's utterances in order).
 *
 * @param talkRatio         agent share of the talking (by time when timed, else by words), null if nobody spoke
 * @param customerSentiment the call's customer sentiment, null if the customer said nothing
 * @param monologueSeconds  longest agent monologue, estimated from its words when there are no timings
 * @param firstSentiment    customer sentiment in the first quarter of the call, null if unknown
 * @param lastSentiment     customer sentiment in the last quarter, null if unknown
 * @param lowestCustomer    the customer's most negative utterance
 */
record CallFacts(@Nullable Double talkRatio, @Nullable Double customerSentiment, int agentQuestions,
                 @Nullable String sampleQuestion, double monologueSeconds, int monologueWords,
                 @Nullable String monologueExcerpt, @Nullable Double firstSentiment, @Nullable Double lastSentiment,
                 @Nullable Quote lowestCustomer) {

    private static final Pattern QUESTION = Pattern.compile("[^.!?]*\\?+");
    private static final int EXCERPT_WORDS = 20;

    record Quote(String text, double score) {
    }

    static CallFacts of(Call call, SentimentAnalyzer sentiment, double wordsPerMinute) {
        List<Line> lines = TranscriptLines.of(call.transcript(), call.utterances());
        ConversationMetrics metrics = call.metrics();
        return metrics == null ? counted(call, lines, sentiment, wordsPerMinute) : measured(call, lines, metrics,
                wordsPerMinute);
    }

    /** From the stored metrics, whose per-utterance sentiment is the analysis's: no model runs here. */
    private static CallFacts measured(Call call, List<Line> lines, ConversationMetrics metrics, double wordsPerMinute) {
        ConversationMetrics.TalkShare share = metrics.talkRatio();
        Double talkRatio = share.byTime() != null ? share.byTime()
                : share.byWords() != null ? share.byWords() : call.agentTalkRatio();
        ConversationMetrics.Stretch monologue = metrics.longestAgentMonologue();
        double monologueSeconds = monologue.seconds() != null ? monologue.seconds()
                : monologue.words() * 60.0 / wordsPerMinute;
        String excerpt = monologue.excerpt() != null ? excerpt(monologue.excerpt())
                : monologue.words() == 0 ? null : excerpt(longestAgentRun(lines).text());
        List<Double> quarters = metrics.sentiment().customerByQuarter().stream().filter(Objects::nonNull).toList();
        Quote lowest = metrics.sentiment().utterances().stream()
                .filter(u -> u.role() == SpeakerRole.CUSTOMER && u.index() >= 0 && u.index() < lines.size())
                .min(Comparator.comparingDouble(ConversationMetrics.UtteranceSentiment::score))
                .map(u -> new Quote(excerpt(lines.get(u.index()).text()), u.score())).orElse(null);
        return new CallFacts(talkRatio, call.customerSentimentScore(), metrics.questions().agent(),
                sampleQuestion(lines), monologueSeconds, monologue.words(), excerpt,
                quarters.size() >= 2 ? quarters.getFirst() : null, quarters.size() >= 2 ? quarters.getLast() : null,
                lowest);
    }

    /** Counted from the transcript, for a call without metrics, scoring the customer's utterances here. */
    private static CallFacts counted(Call call, List<Line> lines, SentimentAnalyzer sentiment, double wordsPerMinute) {
        Run run = longestAgentRun(lines);
        List<Line> customerLines = lines.stream()
                .filter(line -> line.role() == SpeakerRole.CUSTOMER && !line.text().isBlank()).toList();
        List<Double> customerScores = Arrays.stream(sentiment.scoreAll(customerLines.stream().map(Line::text)
                .toList())).boxed().toList();
        return new CallFacts(call.agentTalkRatio(), call.customerSentimentScore(),
                TranscriptLines.agentQuestions(call.transcript()),
                sampleQuestion(lines), run.words() * 60.0 / wordsPerMinute, run.words(),
                run.words() == 0 ? null : excerpt(run.text()), quarterMean(customerScores, 0),
                quarterMean(customerScores, 3), lowest(customerLines, customerScores));
    }

    private static @Nullable String sampleQuestion(List<Line> lines) {
        return lines.stream().filter(line -> line.role() == SpeakerRole.AGENT)
                .flatMap(line -> QUESTION.matcher(line.text()).results().map(m -> m.group().strip()))
                .filter(q -> q.split("\\s+").length >= 4)
                .findFirst().map(CallFacts::excerpt).orElse(null);
    }

    private record Run(int words, String text) {
    }

    private static Run longestAgentRun(List<Line> lines) {
        Run best = new Run(0, "");
        int words = 0;
        String start = "";
        for (Line line : lines) {
            if (line.role() == SpeakerRole.AGENT) {
                start = words == 0 ? line.text() : start;
                words += words(line.text());
                best = words > best.words() ? new Run(words, start) : best;
            } else if (line.role() == SpeakerRole.CUSTOMER) {
                words = 0;
            }
        }
        return best;
    }

    /** Mean of the scores in one quarter of the list (by position), null with fewer than four scores. */
    private static @Nullable Double quarterMean(List<Double> scores, int quarter) {
        if (scores.size() < 4) {
            return null;
        }
        int from = scores.size() * quarter / 4;
        int to = scores.size() * (quarter + 1) / 4;
        return scores.subList(from, to).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static @Nullable Quote lowest(List<Line> lines, List<Double> scores) {
        int lowest = -1;
        for (int i = 0; i < scores.size(); i++) {
            lowest = lowest < 0 || scores.get(i) < scores.get(lowest) ? i : lowest;
        }
        return lowest < 0 ? null : new Quote(excerpt(lines.get(lowest).text()), scores.get(lowest));
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static String excerpt(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= EXCERPT_WORDS ? text.strip()
                : String.join(" ", Arrays.copyOf(words, EXCERPT_WORDS)) + " …";
    }
}
