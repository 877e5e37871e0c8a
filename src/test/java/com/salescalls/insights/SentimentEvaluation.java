package com.salescalls.insights;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation command: scores each sentiment analyser on the UCI labelled sentences (accuracy and macro-F1,
 * rule "score &gt; 0 means positive") and, when the shared Hutto snippets are present, its Pearson correlation
 * with the human ratings on each held-out Hutto set.
 *
 * <p>Run with {@code bench/sentiment-eval.sh} (options: {@code --data=PATH} for the Hutto folder, default
 * {@code ../shared/data/sentiment}; {@code --errors=SET} to list the lexicon analyser's mistakes on the tuning
 * half of one UCI set, the only half its rules were chosen on).
 */
final class SentimentEvaluation {

    private SentimentEvaluation() {
    }

    public static void main(String[] args) {
        Path data = HuttoSnippets.DEFAULT_FOLDER;
        String errorsOf = null;
        for (String arg : args) {
            if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.startsWith("--errors=")) {
                errorsOf = arg.substring("--errors=".length());
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + " (known: --data=PATH, --errors=SET)");
            }
        }
        Map<String, SentimentScorer> analysers = analysers();
        List<HuttoSnippets> hutto = Files.isDirectory(data) ? HuttoSnippets.loadAll(data) : List.of();
        print(System.out, analysers, UciSentences.loadAll(), hutto);
        if (hutto.isEmpty()) {
            System.out.println("(no Hutto snippets at " + data.toAbsolutePath() + ": correlations skipped)");
        }
        if (errorsOf != null) {
            printErrors(UciSentences.load(errorsOf), analysers.get(analysers.containsKey("lexicon") ? "lexicon" : "vader"));
        }
    }

    /** VADER as published, the conversation lexicon analyser, and the learned head. */
    static Map<String, SentimentScorer> analysers() {
        Map<String, SentimentScorer> analysers = lexiconAnalysers();
        analysers.put("learned", LearnedScorer.fromClasspath(new EmbeddingEncoder()));
        return analysers;
    }

    /** The two analysers that need no trained weights: VADER as published (the baseline) and the lexicon one. */
    static Map<String, SentimentScorer> lexiconAnalysers() {
        Map<String, SentimentScorer> analysers = new LinkedHashMap<>();
        analysers.put("vader", new VaderScorer(VaderLexicon.fromClasspath()));
        analysers.put("lexicon", LexiconScorer.fromClasspath());
        return analysers;
    }

    static void print(PrintStream out, Map<String, SentimentScorer> analysers, List<UciSentences> uci,
            List<HuttoSnippets> hutto) {
        out.println("UCI Sentiment Labelled Sentences (rule: score > 0 means positive)");
        out.println("set     analyser     held-out acc  held-out macro-F1  all-1000 acc");
        for (UciSentences set : uci) {
            for (Map.Entry<String, SentimentScorer> analyser : analysers.entrySet()) {
                // sentences() is the tuning half followed by the held-out half: score once, slice
                double[] scores = score(analyser.getValue(), set.sentences());
                SentimentMetrics all = SentimentMetrics.of(set.sentences(), scores);
                SentimentMetrics heldOut = SentimentMetrics.of(set.heldOut(),
                        Arrays.copyOfRange(scores, set.tuning().size(), scores.length));
                out.println(String.format(Locale.ROOT, "%-7s %-12s %12.3f %18.3f %13.3f", set.name(), analyser.getKey(),
                        heldOut.accuracy(), heldOut.macroF1(), all.accuracy()));
            }
        }
        if (hutto.isEmpty()) {
            return;
        }
        out.println();
        out.println("Hutto & Gilbert snippets, held-out 20%: Pearson r with the mean human rating");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-21s %5s", "set", "n"));
        analysers.keySet().forEach(name -> header.append(String.format(Locale.ROOT, " %8s", name)));
        out.println(header);
        for (HuttoSnippets set : hutto) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-21s %5d", set.name(), set.heldOut().size()));
            for (SentimentScorer analyser : analysers.values()) {
                row.append(String.format(Locale.ROOT, " %8.4f",
                        SentimentMetrics.pearson(set.heldOut(), score(analyser, set.heldOut()))));
            }
            out.println(row);
        }
    }

    static double[] score(SentimentScorer scorer, List<LabelledSentence> sentences) {
        return scorer.scoreAll(sentences.stream().map(LabelledSentence::text).toList());
    }

    private static void printErrors(UciSentences set, SentimentScorer analyser) {
        double[] scores = score(analyser, set.tuning());
        System.out.println();
        System.out.println("Mistakes on the tuning half of " + set.name() + ":");
        for (int i = 0; i < scores.length; i++) {
            LabelledSentence sentence = set.tuning().get(i);
            if ((scores[i] > 0) != sentence.positive()) {
                System.out.println(String.format(Locale.ROOT, "%+d %+.3f %s", (int) sentence.rating(), scores[i], sentence.text()));
            }
        }
    }
}
