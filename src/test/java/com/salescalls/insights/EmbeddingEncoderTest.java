package com.salescalls.insights;

import com.salescalls.support.Cosine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EmbeddingEncoderTest {

    private static final EmbeddingEncoder ENCODER = new EmbeddingEncoder();

    private static float[] embed(String text) {
        float[] vector = ENCODER.embed(text);
        assertThat(vector).isNotNull();
        return vector;
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float x : vector) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    @Test
    void producesUnitVectorsOf384Dimensions() {
        float[] vector = embed("Can you send me the pricing for fifty seats?");

        assertThat(vector).hasSize(384);
        assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void placesSimilarSentencesCloserThanUnrelatedOnes() {
        float[] price = embed("How much does the enterprise plan cost per year?");
        float[] samePrice = embed("What is the annual price of the enterprise tier?");
        float[] weather = embed("It rained all weekend so we stayed inside.");

        assertThat(Cosine.of(price, samePrice)).isGreaterThan(Cosine.of(price, weather) + 0.3);
    }

    @Test
    void returnsNullForTextWithNothingToEmbed() {
        assertThat(ENCODER.embed("")).isNull();
        assertThat(ENCODER.embed("  \n\t ")).isNull();
        assertThat(ENCODER.embedAll(List.of("", "hello"))).satisfiesExactly(
                empty -> assertThat(empty).isNull(),
                hello -> assertThat(hello).hasSize(384));
    }

    @Test
    void embedAllGivesTheSameVectorsAsOneByOne() {
        List<String> texts = List.of("Send me the contract.", LongTexts.pricingThenGardening(), "Thanks, bye!");

        List<float[]> batch = ENCODER.embedAll(texts);

        assertThat(batch).hasSize(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batch.get(i)).containsExactly(embed(texts.get(i)), within(1e-6f));
        }
    }

    @Test
    void embedsFromSeveralThreadsAtOnceWithTheSameResultsAsSequentially() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            texts.add(i % 4 == 0 ? LongTexts.pricingThenGardening() + " call " + i : "Customer number " + i
                    + " asked about the renewal discount and onboarding timeline.");
        }
        List<float[]> sequential = texts.stream().map(EmbeddingEncoderTest::embed).toList();

        List<float[]> concurrent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<float[]>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> embed(text)));
            }
            for (Future<float[]> future : futures) {
                concurrent.add(future.get());
            }
        }

        for (int i = 0; i < texts.size(); i++) {
            assertThat(concurrent.get(i)).containsExactly(sequential.get(i), within(1e-6f));
        }
    }

    @Test
    void quantizedModelGivesNearlyTheSameVectors() {
        EmbeddingEncoder quantized = new EmbeddingEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel());
        String text = "Customer: The price is too high for our budget this year.";

        double similarity = Cosine.of(embed(text), quantized.embed(text));

        assertThat(similarity).isBetween(0.95, 0.99999);
    }
}
