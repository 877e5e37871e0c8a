package com.salescalls.similarity;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

import com.salescalls.calls.AnalyzedCall;

/**
 * One instance's Lucene index of call embeddings: an HNSW graph over unit vectors (dot product = cosine) plus
 * the fields that searches filter on, so filters apply inside the graph search rather than to its results.
 * Each commit records the {@code analyzed_seq} watermark up to which the index is complete, which is where a
 * restarted instance resumes. Writes come from one thread (the tailer); searches from any.
 */
final class VectorIndex implements Closeable {

    static final String CALL_ID = "call_id";
    static final String AGENT_ID = "agent_id";
    static final String CUSTOMER_ID = "customer_id";
    static final String LANGUAGE = "language";
    static final String START = "start_micros";
    static final String SENTIMENT = "sentiment";
    static final String VECTOR = "embedding";
    private static final String WATERMARK = "analyzed_seq_watermark";
    // bumped when the document layout changes, so an index written by an older version is rebuilt, not misread
    private static final String LAYOUT = "layout";
    private static final String LAYOUT_VERSION = "1";

    private final Path directory;
    private final FSDirectory store;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    VectorIndex(Path directory, int hnswM, int hnswBeamWidth) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
            this.store = FSDirectory.open(directory);
            this.writer = openWriter(store, hnswM, hnswBeamWidth);
            if (!LAYOUT_VERSION.equals(userData().get(LAYOUT))) {
                writer.deleteAll();
            }
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the vector index in " + directory, e);
        }
    }

    private static IndexWriter openWriter(FSDirectory store, int hnswM, int hnswBeamWidth) throws IOException {
        try {
            return new IndexWriter(store, config(hnswM, hnswBeamWidth));
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static IndexWriterConfig config(int hnswM, int hnswBeamWidth) {
        KnnVectorsFormat hnsw = new Lucene99HnswVectorsFormat(hnswM, hnswBeamWidth);
        return new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // only a commit with its watermark is durable state; anything after it is replayed from the feed
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(256)
                .setCodec(new Lucene103Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return hnsw;
                    }
                });
    }

    Path directory() {
        return directory;
    }

    /** The watermark of the last commit: every analysis numbered up to it is in the index. */
    long watermark() {
        String value = userData().get(WATERMARK);
        return value == null ? 0 : Long.parseLong(value);
    }

    private Map<String, String> userData() {
        try (DirectoryReader reader = DirectoryReader.open(store)) {
            return reader.getIndexCommit().getUserData();
        } catch (IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files each call under its id, replacing an earlier version; a call without embedding is removed. */
    void apply(List<AnalyzedCall> calls) {
        try {
            for (AnalyzedCall call : calls) {
                Term id = new Term(CALL_ID, call.callId());
                if (call.embedding() == null || !UnitVectors.hasDirection(call.embedding())) {
                    writer.deleteDocuments(id);
                } else {
                    writer.updateDocument(id, document(call));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(AnalyzedCall call) {
        Document doc = new Document();
        doc.add(new StringField(CALL_ID, call.callId(), Field.Store.YES));
        doc.add(new StringField(AGENT_ID, call.agentId(), Field.Store.YES));
        doc.add(new StringField(CUSTOMER_ID, call.customerId(), Field.Store.NO));
        doc.add(new StringField(LANGUAGE, call.language(), Field.Store.NO));
        doc.add(new LongPoint(START, micros(call.startTime())));
        if (call.customerSentimentScore() != null) {
            doc.add(new DoublePoint(SENTIMENT, call.customerSentimentScore()));
        }
        doc.add(new KnnFloatVectorField(VECTOR, UnitVectors.normalized(call.embedding()),
                VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** Makes every applied change visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the applied changes durable and records that the index is complete up to {@code watermark}. */
    void commit(long watermark) {
        try {
            writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark), LAYOUT, LAYOUT_VERSION)
                    .entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index (for a rebuild); takes effect with the next commit. */
    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /**
     * The {@code k} calls nearest to {@code vector} among those matching {@code filter} (null: all), best
     * first, gathering {@code max(k, fanOut)} candidates from the graph.
     */
    List<Neighbour> nearest(float[] vector, int k, int fanOut, @Nullable Query filter) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = new KnnFloatVectorQuery(VECTOR, UnitVectors.normalized(vector), Math.max(k, fanOut),
                        filter);
                TopDocs top = searcher.search(query, k);
                StoredFields stored = searcher.storedFields();
                List<Neighbour> neighbours = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    // DOT_PRODUCT scores are (1 + cosine) / 2
                    neighbours.add(new Neighbour(doc.get(CALL_ID), doc.get(AGENT_ID), 2.0 * hit.score - 1.0));
                }
                return neighbours;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls in the index as searches see it. */
    int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    private int read(java.util.function.ToIntFunction<IndexSearcher> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.applyAsInt(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
