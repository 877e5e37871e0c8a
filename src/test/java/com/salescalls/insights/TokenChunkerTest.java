package com.salescalls.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenChunkerTest {

    private static final TokenChunker CHUNKER = new TokenChunker(EmbeddingEncoder.MAX_TOKENS_PER_PIECE);

    @Test
    void keepsAShortTextAsOnePiece() {
        assertThat(CHUNKER.split("Hello world, how are you?"))
                .containsExactly(new TokenChunker.Chunk("Hello world, how are you?", 7));
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacterInsteadOfBreakingTheOffsets() {
        assertThat(CHUNKER.split("Hi \ud83d there \ude00 and \ud83d\ude00 fine")).singleElement()
                .satisfies(chunk -> assertThat(chunk.text()).isEqualTo("Hi \ufffd there \ufffd and \ud83d\ude00 fine"));
        assertThat(TokenChunker.wellFormed("plain")).isEqualTo("plain");
    }

    @Test
    void splitsALongTextIntoPiecesThatFitTheWindowAndCoverEveryWord() {
        String text = LongTexts.pricingThenGardening();

        List<TokenChunker.Chunk> chunks = CHUNKER.split(text);

        assertThat(chunks).hasSizeGreaterThan(10);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.tokens()).isBetween(1, EmbeddingEncoder.MAX_TOKENS_PER_PIECE);
            // a piece tokenized again on its own gives the same count: it was cut between words
            assertThat(CHUNKER.split(chunk.text())).containsExactly(chunk);
        });
        // pieces may also end before punctuation ("pricing" | ", the annual"), so compare without spaces
        String rejoined = String.join("", chunks.stream().map(TokenChunker.Chunk::text).toList());
        assertThat(rejoined.replaceAll("\\s+", "")).isEqualTo(text.replaceAll("\\s+", ""));
    }

    @Test
    void neverCutsInsideAWord() {
        // "tokenization" is the two word-pieces "token ##ization": a window of 2 must not end after "token"
        TokenChunker tiny = new TokenChunker(2);

        assertThat(tiny.split("big tokenization demo")).extracting(TokenChunker.Chunk::text)
                .containsExactly("big", "tokenization", "demo");
    }

    @Test
    void splitsAWordLongerThanTheWindowRatherThanLooping() {
        TokenChunker tiny = new TokenChunker(2);

        List<TokenChunker.Chunk> chunks = tiny.split("tokenizationalisms");

        assertThat(chunks).isNotEmpty().allSatisfy(chunk -> assertThat(chunk.tokens()).isLessThanOrEqualTo(2));
        assertThat(String.join("", chunks.stream().map(TokenChunker.Chunk::text).toList()))
                .isEqualTo("tokenizationalisms");
    }

    @Test
    void mapsOffsetsCorrectlyAroundEmojiAndAccents() {
        TokenChunker tiny = new TokenChunker(2);

        // the emoji is one code point but two UTF-16 chars; "déjà" is "de ##ja"
        assertThat(tiny.split("😀 café déjà")).extracting(TokenChunker.Chunk::text)
                .containsExactly("😀 café", "déjà");
    }

    @Test
    void blankTextHasNoPieces() {
        assertThat(CHUNKER.split("")).isEmpty();
        assertThat(CHUNKER.split(" \n\t")).isEmpty();
    }
}
