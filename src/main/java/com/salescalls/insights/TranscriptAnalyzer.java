package com.salescalls.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Entry point of the module: talk ratio, customer sentiment, conversation metrics and embedding of call
 * transcripts.
 *
 * <p>A transcript is text ({@code Speaker: words} lines, optionally after a {@code [hh:mm:ss]} timestamp; see
 * {@link TextTranscript}) or a list of utterances with optional times (see {@link UtteranceList}). Labels map to
 * the agent or the customer through {@link SpeakerRole}; other labels are reported in {@code unknownSpeakers} and
 * count for neither side. Timings that cannot be right are rejected with {@link InvalidTranscript}.
 *
 * <p>The model runs once per utterance: every utterance with text is embedded on its own (pieces of at most 126
 * word-pieces, see {@link EmbeddingEncoder}), those vectors feed the learned sentiment head, and the call's
 * embedding is their mean weighted by token count, scaled to unit length. So the call's vector costs no model
 * run of its own, and it is the same whichever sentiment model is configured. Speaker labels and timestamps are
 * not embedded: they would only spend the model's window on names and digits.
 *
 * <p>Stateless, so safe to call from several threads at once.
 */
@Component
public class TranscriptAnalyzer {

    private final UtteranceSentiments scorer;
    private final EmbeddingEncoder embeddingEncoder;

    public TranscriptAnalyzer(SentimentAnalyzer sentimentAnalyzer, EmbeddingEncoder embeddingEncoder) {
        this.scorer = UtteranceSentiments.polarityOf(sentimentAnalyzer);
        this.embeddingEncoder = embeddingEncoder;
    }

    /**
     * Parses a transcript without analysing it, so ingestion can refuse a call that {@link #analyze} would reject
     * before storing it, and report its unknown speakers from the same parse.
     */
    public TranscriptCheck check(TranscriptInput transcript) {
        try {
            return new TranscriptCheck(List.of(), SpeakerLabels.unknown(Transcript.of(transcript)));
        } catch (InvalidTranscript invalid) {
            return new TranscriptCheck(invalid.violations(), List.of());
        }
    }

    /** @throws InvalidTranscript when the transcript's timings cannot be right */
    public TranscriptAnalysis analyze(TranscriptInput transcript) {
        return analyzeAll(List.of(transcript)).getFirst();
    }

    /**
     * Analyses the transcripts in order, scoring all their utterances in one scorer call and embedding them in
     * one encoder call.
     *
     * @throws InvalidTranscript for the first invalid transcript, before any work; {@link #check} each input
     *                           to learn which ones are at fault
     */
    public List<TranscriptAnalysis> analyzeAll(List<TranscriptInput> transcripts) {
        List<Transcript> parsed = transcripts.stream().map(Transcript::of).toList();
        List<Conversation> conversations = new ArrayList<>(parsed.size());
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Conversation conversation = Conversation.of(parsed.get(i), transcripts.get(i).durationSeconds());
            conversations.add(conversation);
            conversation.parts().stream().map(part -> part.utterance().text()).filter(text -> !text.isBlank())
                    .forEach(spoken::add);
        }
        List<EmbeddingEncoder.@Nullable Embedded> embedded = embeddingEncoder.embedEach(spoken);
        List<String> texts = new ArrayList<>();
        List<float @Nullable []> textEmbeddings = new ArrayList<>();
        List<float @Nullable []> callEmbeddings = new ArrayList<>(parsed.size());
        int next = 0;
        for (Conversation conversation : conversations) {
            List<float[]> vectors = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (Conversation.Part part : conversation.parts()) {
                if (part.utterance().text().isBlank()) {
                    continue;
                }
                EmbeddingEncoder.@Nullable Embedded utterance = embedded.get(next++);
                if (utterance != null) {
                    vectors.add(utterance.vector());
                    weights.add(utterance.tokens());
                }
                if (part.role() != SpeakerRole.UNKNOWN) { // the parts SentimentProfile.scored keeps, in its order
                    texts.add(part.utterance().text());
                    textEmbeddings.add(utterance == null ? null : utterance.vector());
                }
            }
            callEmbeddings.add(vectors.isEmpty() ? null : Vectors.weightedMeanUnit(vectors, weights));
        }
        double[] scores = texts.isEmpty() ? new double[0] : scorer.scores(texts, textEmbeddings);
        if (scores.length != texts.size()) {
            throw new IllegalStateException("the scorer gave " + scores.length + " scores for " + texts.size() + " texts");
        }
        List<TranscriptAnalysis> analyses = new ArrayList<>(parsed.size());
        int offset = 0;
        for (int i = 0; i < parsed.size(); i++) {
            Conversation conversation = conversations.get(i);
            int count = SentimentProfile.scored(conversation).size();
            ConversationMetrics metrics = MetricsCalculator.compute(conversation,
                    Arrays.copyOfRange(scores, offset, offset + count));
            offset += count;
            analyses.add(new TranscriptAnalysis(
                    metrics.talkRatio().byWords(),
                    metrics.sentiment().customer(),
                    metrics,
                    SpeakerLabels.unknown(parsed.get(i)),
                    callEmbeddings.get(i)));
        }
        return List.copyOf(analyses);
    }
}
