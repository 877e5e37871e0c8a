package com.salescalls.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Entry point of the module: talk ratio, customer sentiment and embedding of call transcripts.
 *
 * <p>A transcript has one utterance per line, {@code Speaker: words}, optionally preceded by a {@code [hh:mm:ss]}
 * timestamp; a line without a label continues the previous utterance. Labels map to the agent (agent, rep,
 * sales rep, seller, salesperson, AE, SDR) or the customer (customer, prospect, client, buyer, caller, lead),
 * case-insensitively; other speakers are ignored for ratio and sentiment.
 *
 * <p>The embedding is of the transcript with timestamps removed and each utterance on its own line as
 * {@code Speaker: words}: timestamps would only spend the model's window on digits, while who said what matters.
 *
 * <p>Stateless, so safe to call from several threads at once.
 */
@Component
public class TranscriptAnalyzer {

    private final SentimentAnalyzer sentimentAnalyzer;
    private final EmbeddingEncoder embeddingEncoder;

    public TranscriptAnalyzer(SentimentAnalyzer sentimentAnalyzer, EmbeddingEncoder embeddingEncoder) {
        this.sentimentAnalyzer = sentimentAnalyzer;
        this.embeddingEncoder = embeddingEncoder;
    }

    public TranscriptAnalysis analyze(TranscriptInput transcript) {
        return analyzeAll(List.of(transcript)).getFirst();
    }

    /** Analyses the transcripts in order, embedding all of them in a single encoder call. */
    public List<TranscriptAnalysis> analyzeAll(List<TranscriptInput> transcripts) {
        List<Transcript> parsed = transcripts.stream().map(TranscriptAnalyzer::parse).toList();
        List<float @Nullable []> embeddings =
                embeddingEncoder.embedAll(parsed.stream().map(TranscriptAnalyzer::embeddingText).toList());
        List<TranscriptAnalysis> analyses = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            Transcript transcript = parsed.get(i);
            analyses.add(new TranscriptAnalysis(
                    TalkRatio.agentTalkRatio(transcript),
                    sentimentAnalyzer.customerSentiment(transcript),
                    null,
                    unknownSpeakers(transcript),
                    embeddings.get(i)));
        }
        return List.copyOf(analyses);
    }

    // until utterances carry timings, structured input is read as the equivalent text
    private static Transcript parse(TranscriptInput input) {
        if (input.text() != null) {
            return Transcript.parse(input.text());
        }
        return new Transcript(input.lines().stream()
                .map(line -> new Utterance(line.speaker(), SpeakerRole.fromLabel(line.speaker()), line.text()))
                .toList());
    }

    private static List<String> unknownSpeakers(Transcript transcript) {
        return transcript.utterances().stream()
                .filter(u -> u.role() == SpeakerRole.UNKNOWN && !u.speaker().isEmpty())
                .map(Utterance::speaker).distinct().toList();
    }

    private static String embeddingText(Transcript transcript) {
        return transcript.utterances().stream()
                .map(u -> u.speaker().isEmpty() ? u.text() : u.speaker() + ": " + u.text())
                .collect(Collectors.joining("\n"));
    }
}
