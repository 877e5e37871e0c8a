package com.salescalls.insights;

import com.salescalls.support.Cosine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How texts longer than the model window are embedded; see the class comment of {@link EmbeddingEncoder}. */
class LongTextEmbeddingTest {

    private static final EmbeddingEncoder ENCODER = new EmbeddingEncoder();
    private static final String LONG_TEXT = LongTexts.pricingThenGardening();

    private static float[] embed(String text) {
        float[] vector = ENCODER.embed(text);
        assertThat(vector).isNotNull();
        return vector;
    }

    @Test
    void longTextIsAboutFifteenHundredWords() {
        assertThat(LongTexts.wordCount(LONG_TEXT)).isBetween(1400, 1600);
    }

    /** Documents why the encoder chunks by itself: if this fails, the library changed and may chunk on its own. */
    @Test
    void libraryAloneKeepsOnlyTheFirst128Tokens() {
        var library = new AllMiniLmL6V2EmbeddingModel();

        float[] whole = library.embed(LONG_TEXT).content().vector();
        float[] head = library.embed(LongTexts.firstWords(LONG_TEXT, 150)).content().vector();

        assertThat(Cosine.of(whole, head)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void longTextEmbeddingIsTheTokenWeightedMeanOfItsPieces() {
        List<TokenChunker.Chunk> pieces = new TokenChunker(EmbeddingEncoder.MAX_TOKENS_PER_PIECE).split(LONG_TEXT);
        List<float[]> pieceVectors = pieces.stream().map(piece -> embed(piece.text())).toList();
        double[] mean = new double[EmbeddingEncoder.DIMENSIONS];
        for (int p = 0; p < pieces.size(); p++) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += pieceVectors.get(p)[i] * pieces.get(p).tokens();
            }
        }
        float[] expected = new float[mean.length];
        for (int i = 0; i < mean.length; i++) {
            expected[i] = (float) mean[i];
        }

        assertThat(Cosine.of(embed(LONG_TEXT), expected)).isGreaterThan(0.9999);
    }

    @Test
    void tailOfALongTextChangesTheEmbedding() {
        float[] whole = embed(LONG_TEXT);
        float[] first400Words = embed(LongTexts.firstWords(LONG_TEXT, 400));

        // the first 400 words are nearly all pricing; two thirds of the whole text are about gardening
        assertThat(Cosine.of(whole, first400Words)).isLessThan(0.9);
        assertThat(Cosine.of(whole, embed(LongTexts.GARDENING)))
                .isGreaterThan(Cosine.of(first400Words, embed(LongTexts.GARDENING)));
    }
}
