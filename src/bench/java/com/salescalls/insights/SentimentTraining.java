package com.salescalls.insights;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The training command for {@link SentimentHead}: reads Hutto &amp; Gilbert's rated snippets (default
 * {@code ../shared/data/sentiment}, never committed) and the hand-written sales utterances in the test resources,
 * trains on them (80% of each Hutto set) with the mean rating as a soft target (see {@link #target}), writes the weights, and prints the evaluation table (UCI sets, never trained on,
 * and the held-out 20% of each Hutto set).
 *
 * <p>Options: {@code --data=PATH}; {@code --model=fp32} (default: the full model, whose utterance embeddings the
 * analysis computes; written to {@code src/main/resources}) or {@code --model=q} (the quantized model, written
 * under {@code target/} for comparison). The L2 penalty is chosen
 * from a small grid by log-loss on every tenth training snippet, then the head is refitted on all of them.
 * Everything is deterministic: a second run writes the same file.
 */
final class SentimentTraining {

    private static final double[] LAMBDAS = {0.1, 0.3, 1, 3};
    private static final String SALES_RESOURCE = "sentiment/sales-utterances.tsv";
    /** Each hand-written sales utterance counts as this many snippets: 62 of them against 19,000 snippets. */
    private static final double SALES_WEIGHT = 20;

    private SentimentTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path data = HuttoSnippets.DEFAULT_FOLDER;
        String model = "fp32";
        for (String arg : args) {
            if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.equals("--model=q") || arg.equals("--model=fp32")) {
                model = arg.substring("--model=".length());
            } else {
                throw new IllegalArgumentException("Unknown option " + arg + " (known: --data=PATH, --model=q|fp32)");
            }
        }
        EmbeddingEncoder encoder = new EmbeddingEncoder(model.equals("q")
                ? new AllMiniLmL6V2QuantizedEmbeddingModel() : new AllMiniLmL6V2EmbeddingModel());
        LexiconScorer lexicon = LexiconScorer.fromClasspath();
        List<HuttoSnippets> hutto = HuttoSnippets.loadAll(data);

        List<LabelledSentence> training = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        for (HuttoSnippets set : hutto) {
            training.addAll(set.training());
            embeddings.addAll(embed(model, encoder, set.training()));
        }
        int snippets = training.size();
        List<LabelledSentence> sales = salesUtterances();
        training.addAll(sales);
        embeddings.addAll(embed(model, encoder, sales));
        double[][] x = features(embeddings, training, lexicon);
        double[] y = training.stream().mapToDouble(s -> target(s.rating())).toArray();
        double[] rowWeights = new double[x.length];
        Arrays.fill(rowWeights, 0, snippets, 1);
        Arrays.fill(rowWeights, snippets, x.length, SALES_WEIGHT);

        double lambda = chooseLambda(x, y, rowWeights);
        double[] w = LogisticRegression.fit(x, y, rowWeights, lambda);
        SentimentHead head = new SentimentHead(w[0], w[1], w[2], Arrays.copyOfRange(w, 3, w.length));
        Path out = model.equals("fp32") ? Path.of("src", "main", "resources", SentimentHead.RESOURCE)
                : Path.of("target", "sentiment-head-minilm-q.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, SentimentHeadFile.text(head, List.of(
                "Sentiment head over all-MiniLM-L6-v2" + (model.equals("q") ? " (quantized)" : "") + " embeddings,",
                "written by SentimentTraining (bench/sentiment-train.sh); do not edit by hand.",
                String.format(Locale.ROOT, "Trained on %d Hutto & Gilbert snippets (80%% of each set) and %d sales"
                        + " utterances (weight %.0f), soft targets (rating + 4) / 8, L2 penalty %s.",
                        snippets, sales.size(), SALES_WEIGHT, lambda),
                "Lines: bias, lexicon-score weight, negated-lexicon-score weight, then the 384 embedding weights.")), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "Trained on %d snippets and %d sales utterances (lambda %s); weights written"
                + " to %s%n%n", snippets, sales.size(), lambda, out);

        Map<String, SentimentScorer> analysers = SentimentEvaluation.lexiconAnalysers();
        analysers.put("learned-" + model, new LearnedScorer(encoder, lexicon, head));
        SentimentEvaluation.print(System.out, analysers, UciSentences.loadAll(), hutto);
    }

    private static List<float[]> embed(String model, EmbeddingEncoder encoder, List<LabelledSentence> sentences) {
        return EmbeddingCache.embed(model, sentences.stream().map(LabelledSentence::text).toList(),
                batch -> encoder.embedAll(batch).stream()
                        .map(v -> v == null ? new float[EmbeddingEncoder.DIMENSIONS] : v).toList());
    }

    /** The hand-written sales utterances of {@code sentiment/sales-utterances.tsv}: rating TAB text. */
    static List<LabelledSentence> salesUtterances() {
        try (InputStream in = SentimentTraining.class.getClassLoader().getResourceAsStream(SALES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SALES_RESOURCE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(fields -> new LabelledSentence(fields[1].strip(), Double.parseDouble(fields[0])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The probability the model should give: the rating mapped linearly from -4..+4 onto 0..1, so that the score
     * {@code 2p - 1} estimates rating / 4. Soft targets keep how strongly people felt, which a 0/1 label throws
     * away, and let near-neutral snippets teach the model to stay near 0.
     */
    static double target(double rating) {
        return Math.max(0, Math.min(1, (rating + 4) / 8));
    }

    /** Per row: the lexicon score, the lexicon score again if the text holds a negation (else 0), the embedding. */
    static double[][] features(List<float[]> embeddings, List<LabelledSentence> sentences, LexiconScorer lexicon) {
        double[][] x = new double[embeddings.size()][];
        for (int i = 0; i < x.length; i++) {
            float[] embedding = embeddings.get(i);
            // the same reading of the text the scorer makes at run time (LearnedScorer)
            LexiconScorer.Reading reading = lexicon.read(sentences.get(i).text());
            double[] row = new double[embedding.length + 2];
            row[0] = reading.score();
            row[1] = reading.negated() ? reading.score() : 0;
            for (int d = 0; d < embedding.length; d++) {
                row[d + 2] = embedding[d];
            }
            x[i] = row;
        }
        return x;
    }

    /** The penalty with the lowest log-loss on every tenth row, fitting on the other nine tenths. */
    private static double chooseLambda(double[][] x, double[] y, double[] rowWeights) {
        int[] fit = IntStream.range(0, x.length).filter(i -> i % 10 != 9).toArray();
        int[] check = IntStream.range(0, x.length).filter(i -> i % 10 == 9).toArray();
        double best = LAMBDAS[0];
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double lambda : LAMBDAS) {
            double[] w = LogisticRegression.fit(rows(x, fit), values(y, fit), values(rowWeights, fit), lambda);
            double loss = 0;
            double total = 0;
            for (int i : check) {
                double[] row = new double[w.length];
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, row.length - 1);
                double p = LogisticRegression.sigmoid(LogisticRegression.dot(w, row));
                loss -= rowWeights[i] * (y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
                total += rowWeights[i];
            }
            System.out.printf(Locale.ROOT, "  lambda %4s: validation log-loss %.4f%n", lambda, loss / total);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = lambda;
            }
        }
        return best;
    }

    private static double[][] rows(double[][] x, int[] indices) {
        return IntStream.of(indices).mapToObj(i -> x[i]).toArray(double[][]::new);
    }

    private static double[] values(double[] v, int[] indices) {
        return IntStream.of(indices).mapToDouble(i -> v[i]).toArray();
    }
}
