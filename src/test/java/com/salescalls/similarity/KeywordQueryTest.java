package com.salescalls.similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's q syntax (websearch_to_tsquery's) translated to Lucene, and BM25 ranking over it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeywordQueryTest {

    private final TranscriptAnalyzer analyzer = new TranscriptAnalyzer();
    private final KeywordQuery parser = new KeywordQuery("text", analyzer);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeAll
    void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            add(writer, "many", "Zebraware zebraware zebraware, the customers love Zebraware.");
            add(writer, "once", "We talked about Zebraware and about the weather, the holidays, the budget and the "
                    + "schedule of the next meeting with the whole purchasing team.");
            add(writer, "pricing", "Zebraware pricing is awful, the pricing page confuses everyone.");
            add(writer, "renewal", "The contract renewal is due next quarter; pricing stays as it is.");
            add(writer, "none", "Nothing to see here, just a friendly hello.");
        }
        reader = DirectoryReader.open(directory);
    }

    private static void add(IndexWriter writer, String id, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.NO));
        writer.addDocument(doc);
    }

    @AfterAll
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private List<String> search(String q) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(parser.parse(q), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Test
    void ranksByBm25TheCallThatSaysTheWordMostInFewWordsFirst() throws IOException {
        assertThat(search("zebraware")).containsExactly("many", "pricing", "once");
    }

    @Test
    void requiresEveryWordAndMatchesStemsCaseInsensitively() throws IOException {
        assertThat(search("ZEBRAWARE prices")).containsExactly("pricing");
        assertThat(search("customer loves")).containsExactly("many");
    }

    @Test
    void quotedWordsAreAPhraseInThatOrder() throws IOException {
        assertThat(search("\"pricing is awful\"")).containsExactly("pricing");
        assertThat(search("\"awful pricing\"")).isEmpty();
        assertThat(search("\"contract renewal\" pricing")).containsExactly("renewal");
    }

    @Test
    void aMinusExcludesAWordOrAPhrase() throws IOException {
        assertThat(search("zebraware -pricing")).containsExactly("many", "once");
        assertThat(search("pricing -\"contract renewal\"")).containsExactly("pricing");
    }

    @Test
    void orRequiresEitherAndBindsTighterThanTheImpliedAnd() throws IOException {
        assertThat(search("renewal or weather")).containsExactlyInAnyOrder("renewal", "once");
        // pricing AND (renewal OR awful)
        assertThat(search("pricing renewal OR awful")).containsExactlyInAnyOrder("renewal", "pricing");
    }

    @Test
    void stopWordsAloneMatchNothingAndOnlyExclusionsMatchTheRest() throws IOException {
        assertThat(search("the and of")).isEmpty();
        assertThat(search("-zebraware")).containsExactlyInAnyOrder("renewal", "none");
    }

    @Test
    void punctuationAndAnUnclosedQuoteOnlySeparateWords() throws IOException {
        assertThat(search("zebraware, pricing!")).containsExactly("pricing");
        assertThat(search("\"pricing is awful")).containsExactly("pricing");
        assertThat(search("- zebraware")).containsExactly("many", "pricing", "once");
    }

    @Test
    void highlightsMatchesBetweenStarsWithoutMarkupAndWithinTheLength() {
        TranscriptHighlighter highlighter = new TranscriptHighlighter("text", analyzer);
        String transcript = "Agent: Hello <b>there</b>.\nCustomer: Our pricing is awful.\nAgent: Sorry about the pricing.";
        String snippet = highlighter.highlight(parser.parse("pricing"), transcript, 300);
        assertThat(snippet).contains("**pricing**").contains("<b>there</b>").doesNotContain("&lt;");
        assertThat(highlighter.highlight(parser.parse("\"pricing is awful\""), transcript, 300))
                .contains("**pricing is awful**").doesNotContain("the **pricing**");
        assertThat(highlighter.highlight(parser.parse("weather"), transcript, 20)).isEqualTo(transcript.substring(0, 20));
        // a cut through a match drops its opening marker rather than leave it unclosed
        assertThat(TranscriptHighlighter.cut("a **word** and **another**", 18)).isEqualTo("a **word** and a");
        assertThat(TranscriptHighlighter.cut("a **word** and **another**", 20)).isEqualTo("a **word** and ano");
        assertThat(TranscriptHighlighter.cut("a **word** and **another**", 26)).isEqualTo("a **word** and **another**");
    }
}
