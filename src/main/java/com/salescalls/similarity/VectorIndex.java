package com.salescalls.similarity;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.jspecify.annotations.Nullable;

import com.salescalls.calls.AnalyzedCall;
import com.salescalls.calls.KeywordHits;

/**
 * One instance's Lucene index of analysed calls: an HNSW graph over unit vectors (dot product = cosine), the
 * transcript's words for keyword search (BM25, the transcript itself is not stored: PostgreSQL keeps it), and
 * the fields that searches filter on, so filters apply inside the search rather than to its results.
 * Each commit records the {@code analyzed_seq} watermark up to which the index is complete, which is where a
 * restarted instance resumes. Writes come from one thread (the tailer), which spreads a batch over
 * {@code threads} indexing lanes; searches come from any thread.
 */
final class VectorIndex implements Closeable {

    static final String CALL_ID = "call_id";
    static final String AGENT_ID = "agent_id";
    static final String CUSTOMER_ID = "customer_id";
    static final String LANGUAGE = "language";
    static final String START = "start_micros";
    static final String SENTIMENT = "sentiment";
    static final String VECTOR = "embedding";
    static final String TRANSCRIPT = "transcript";
    private static final String WATERMARK = "analyzed_seq_watermark";
    // bumped when the document layout changes, so an index written by an older version is rebuilt, not misread
    private static final String LAYOUT = "layout";
    private static final String LAYOUT_VERSION = "3";
    // the vectors the graph is built with: an index built with others is rebuilt (its segments would keep theirs)
    private static final String VECTORS = "vectors";
    /**
     * The segments a merge down was asked for with, recorded while it is unfinished: closing the writer drops a
     * running merge (only commits are durable), so the next start asks for it again rather than searching the
     * rebuild's many segments for good.
     */
    private static final String MERGE_DOWN_TO = "merge_down_to";
    /**
     * Recorded while segments written without graphs may be left (from {@link #deferGraphs} until the merge that
     * {@link #buildGraphs} asks for is committed): the next start writes without graphs too, and has them built
     * once it has caught up.
     */
    private static final String GRAPHS_OWED = "graphs_owed";
    /** Batches smaller than this are applied on the calling thread: splitting them costs more than it saves. */
    private static final int PARALLEL_BATCH = 200;
    /**
     * Parts of batches handed to the lanes and not yet known to be filed, beyond which {@link #apply} waits: enough
     * for one lane to go on while another writes a segment, few enough to bound the calls held (about 4 polls' worth,
     * 16,000 calls while catching up: some 80 MB).
     */
    private static final int MAX_PENDING_PARTS = 8;
    /** Buffered bytes from which the lanes write the buffers out side by side before a refresh or commit. */
    private static final long PARALLEL_FLUSH_BYTES = 32L << 20;

    private final Path directory;
    private final Directory store;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SnapshotDeletionPolicy commits;
    private final VectorEncoding vectors;
    /** One thread each, filing the calls whose ids hash to it; none where {@code threads} is 1. */
    private final List<ExecutorService> lanes;
    private final @Nullable ExecutorService mergeWorkers;
    private final Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();
    /** Calls handed to the lanes and not yet filed: written, but not yet counted in the writer's documents. */
    private final AtomicInteger queued = new AtomicInteger();
    private final GraphMergePolicy merges;
    /** The segments of the merge down last asked for and not yet committed; 0 when none is owed. */
    private volatile int mergeDownTo;
    /** Whether new segments are written without graphs (a rebuild, until it has caught up). */
    private volatile boolean graphsDeferred;
    /** Whether segments without graphs may be left: from {@link #deferGraphs} until the graph merge is committed. */
    private volatile boolean graphsOwed;

    /**
     * How the index is written.
     *
     * @param threads     indexing lanes a large batch is spread over; also the workers of a graph merge
     * @param ramBufferMb memory for documents not yet flushed: larger means fewer, larger segments while rebuilding
     * @param vectors     the vectors the graph is built and searched with
     */
    record Settings(int hnswM, int hnswBeamWidth, int threads, int ramBufferMb, VectorEncoding vectors) {

        /** The configured settings, the buffer held to a quarter of the heap so that a small heap never runs out. */
        static Settings of(SimilarityProperties properties) {
            long quarterHeapMb = Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024);
            return new Settings(properties.hnswM(), properties.hnswBeamWidth(), properties.indexThreads(),
                    (int) Math.max(16, Math.min(properties.ramBufferMb(), quarterHeapMb)), properties.vectors());
        }
    }

    VectorIndex(Path directory, int hnswM, int hnswBeamWidth) {
        this(directory, new Settings(hnswM, hnswBeamWidth, 1, 256, VectorEncoding.FLOAT32));
    }

    VectorIndex(Path directory, Settings settings) {
        this.directory = directory;
        this.vectors = settings.vectors();
        this.lanes = new ArrayList<>();
        for (int lane = 0; settings.threads() > 1 && lane < settings.threads(); lane++) {
            lanes.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("vector-index-" + lane).daemon()
                    .factory()));
        }
        this.mergeWorkers = settings.threads() > 1
                ? Executors.newFixedThreadPool(settings.threads(), Thread.ofPlatform().name("vector-merge-", 0)
                        .daemon().factory())
                : null;
        try {
            Files.createDirectories(directory);
            Directory opened = open(directory, vectors);
            Map<String, String> previous;
            try {
                previous = userData(opened);
            } catch (RuntimeException e) { // an unreadable index: the caller rebuilds it
                opened.close();
                throw e;
            }
            this.store = opened;
            // an index of another layout or other vectors is started afresh, and its watermark goes with its
            // documents, so that the tailer reads every call again (neither the sort of the documents nor the
            // vectors of a written segment can change in place)
            String builtWith = previous.getOrDefault(VECTORS, VectorEncoding.FLOAT32.recorded); // layout 3: float32
            boolean otherLayout = !previous.isEmpty() && (!LAYOUT_VERSION.equals(previous.get(LAYOUT))
                    || !vectors.recorded.equals(builtWith));
            BooleanSupplier deferred = () -> graphsDeferred;
            this.merges = new GraphMergePolicy(deferred);
            // an index of the same layout whose graphs were still owed at its last commit goes on without them
            // until its tailer has caught up and has them built
            this.graphsOwed = !otherLayout && previous.containsKey(GRAPHS_OWED);
            this.graphsDeferred = graphsOwed;
            this.writer = openWriter(store, config(settings, mergeWorkers, merges, deferred), otherLayout);
            this.commits = (SnapshotDeletionPolicy) writer.getConfig().getIndexDeletionPolicy();
            if (otherLayout) {
                commit(0);
            } else if (previous.containsKey(MERGE_DOWN_TO) && !graphsOwed) {
                mergeDown(Integer.parseInt(previous.get(MERGE_DOWN_TO)));
            }
            // one thread per search: spreading a query's segments over the two cores made its p99 worse
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            lanes.forEach(ExecutorService::shutdownNow);
            if (mergeWorkers != null) {
                mergeWorkers.shutdownNow();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot open the vector index in " + directory, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * The index's folder, memory-mapped; but where the graph is searched with quantized vectors, the float32 ones
     * are read with positional reads instead: a query reads only its candidates' (to re-rank them), and a merge reads
     * them in order, so mapping them would only keep every page a query ever touched in the instance's resident
     * memory, which at a million calls is a gigabyte and a half (see {@link UnmappedFloatVectors}).
     */
    private static Directory open(Path directory, VectorEncoding vectors) throws IOException {
        FSDirectory mapped = FSDirectory.open(directory);
        if (!vectors.quantized()) {
            return mapped;
        }
        return new UnmappedFloatVectors(mapped, directory);
    }

    private static IndexWriter openWriter(Directory store, IndexWriterConfig config, boolean afresh)
            throws IOException {
        try {
            IndexWriterConfig.OpenMode mode = afresh ? IndexWriterConfig.OpenMode.CREATE
                    : IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
            return new IndexWriter(store, config.setOpenMode(mode));
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * How the index is written; {@code graphsDeferred} is asked each time a segment is written (flushed or merged),
     * and while it says yes, segments get no graph.
     */
    private static IndexWriterConfig config(Settings settings, @Nullable ExecutorService mergeWorkers,
            GraphMergePolicy merges, BooleanSupplier graphsDeferred) {
        KnnVectorsFormat hnsw = format(settings, mergeWorkers, Lucene99HnswVectorsFormat.HNSW_GRAPH_THRESHOLD);
        // Lucene builds a segment's graph only past (int) (ln(vectors) * threshold) vectors: never, with this one;
        // such a segment is searched by an exact scan of its vectors (quantized ones where there are), then
        // re-ranked as usual. The same format name, so either is read the same way.
        KnnVectorsFormat graphless = format(settings, mergeWorkers, Integer.MAX_VALUE);
        return new IndexWriterConfig(new TranscriptAnalyzer())
                // each agent's calls side by side: a search scoped to one agent (an agent user's) reads its vectors
                // and postings as one stretch per segment instead of every twentieth call all over the file
                .setIndexSort(new Sort(new SortField(AGENT_ID, SortField.Type.STRING)))
                // only a commit with its watermark is durable state; anything after it is replayed from the feed
                .setCommitOnClose(false)
                // a commit being copied to a snapshot keeps its files until the copy is done
                .setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()))
                .setRAMBufferSizeMB(settings.ramBufferMb())
                // each kind of data in a file of its own, written or merged, so that the float32 vectors can be read
                // unmapped (see open)
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCodec(new Lucene104Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return graphsDeferred.getAsBoolean() ? graphless : hnsw;
                    }
                });
    }

    private static KnnVectorsFormat format(Settings settings, @Nullable ExecutorService mergeWorkers,
            int graphThreshold) {
        int workers = mergeWorkers == null ? 1 : settings.threads();
        int m = settings.hnswM();
        int beam = settings.hnswBeamWidth();
        return switch (settings.vectors()) {
            case FLOAT32 -> new Lucene99HnswVectorsFormat(m, beam, workers, mergeWorkers, graphThreshold);
            // Lucene's optimized scalar quantization: each vector's own interval, chosen to keep dot products
            case INT8 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, m, beam, workers,
                    mergeWorkers, graphThreshold);
            case BINARY -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SINGLE_BIT_QUERY_NIBBLE, m, beam,
                    workers, mergeWorkers, graphThreshold);
        };
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
        return userData(store);
    }

    private static Map<String, String> userData(Directory store) {
        try (DirectoryReader reader = DirectoryReader.open(store)) {
            return reader.getIndexCommit().getUserData();
        } catch (IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Files each call under its id, replacing an earlier version; a call without embedding (an empty transcript)
     * is removed. A call that comes twice in the batch is filed as its later analysis. A large batch is handed to
     * the indexing lanes and may still be being filed on return (see {@link #awaitApplied}); each call always goes to
     * the same lane, so that its analyses are filed in the order given.
     */
    void apply(List<AnalyzedCall> calls) {
        Map<String, AnalyzedCall> latest = new LinkedHashMap<>();
        for (AnalyzedCall call : calls) {
            latest.merge(call.callId(), call, (a, b) -> a.analyzedSeq() >= b.analyzedSeq() ? a : b);
        }
        List<AnalyzedCall> unique = List.copyOf(latest.values());
        if (lanes.isEmpty() || unique.size() < PARALLEL_BATCH) {
            awaitApplied(); // after what the lanes hold, in order
            file(unique, false);
            return;
        }
        // no wait for the batch: while one lane writes a full buffer out as a segment (seconds), the others go on
        // with the batches after it, which the tailer reads from PostgreSQL meanwhile
        List<List<AnalyzedCall>> parts = new ArrayList<>(lanes.size());
        for (int lane = 0; lane < lanes.size(); lane++) {
            parts.add(new ArrayList<>(unique.size() / lanes.size() + 1));
        }
        for (AnalyzedCall call : unique) {
            parts.get(Math.floorMod(call.callId().hashCode(), lanes.size())).add(call);
        }
        for (int lane = 0; lane < lanes.size(); lane++) {
            List<AnalyzedCall> part = parts.get(lane);
            if (!part.isEmpty()) {
                queued.addAndGet(part.size());
                pending.add(lanes.get(lane).submit(() -> file(part, true)));
            }
        }
        while (pending.size() > MAX_PENDING_PARTS) {
            await(pending.poll());
        }
    }

    /**
     * Waits until every call given to {@link #apply} is filed, throwing the first failure (the calls after the
     * last commit are then to be applied again: filing a call twice is harmless). Refreshes, commits and merges
     * wait for it first.
     */
    void awaitApplied() {
        RuntimeException failure = null;
        for (Future<?> part; (part = pending.poll()) != null; ) {
            try {
                await(part);
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Waits for {@link #apply}, then has each lane write out one of the writer's buffers, side by side, when there is
     * much buffered: a refresh or commit writes whatever is buffered on the calling thread, one buffer after another,
     * and at a rebuild's checkpoints that is two of 256 MB (seconds each, one core idle).
     */
    private void awaitAppliedAndFlush() {
        awaitApplied();
        if (lanes.isEmpty() || writer.ramBytesUsed() < PARALLEL_FLUSH_BYTES) {
            return;
        }
        List<Future<?>> flushes = new ArrayList<>(lanes.size());
        for (ExecutorService lane : lanes) {
            flushes.add(lane.submit(() -> {
                try {
                    return writer.flushNextBuffer();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        flushes.forEach(VectorIndex::await);
    }

    private static void await(@Nullable Future<?> part) {
        if (part == null) {
            return;
        }
        try {
            part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(e.getCause());
        }
    }

    /** Files the calls on this thread; {@code inLane}: handed to a lane by {@link #apply}, and counted as queued. */
    private void file(List<AnalyzedCall> calls, boolean inLane) {
        int left = inLane ? calls.size() : 0;
        try {
            for (AnalyzedCall call : calls) {
                Term id = new Term(CALL_ID, call.callId());
                if (call.embedding() == null || !UnitVectors.hasDirection(call.embedding())) {
                    writer.deleteDocuments(id);
                } else {
                    writer.updateDocument(id, document(call));
                }
                if (inLane) {
                    queued.decrementAndGet();
                    left--;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            queued.addAndGet(-left); // what a failure left unfiled is not coming
        }
    }

    private static Document document(AnalyzedCall call) {
        Document doc = new Document();
        doc.add(new StringField(CALL_ID, call.callId(), Field.Store.YES));
        doc.add(new StringField(AGENT_ID, call.agentId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(AGENT_ID, new BytesRef(call.agentId()))); // the index sort
        doc.add(new StringField(CUSTOMER_ID, call.customerId(), Field.Store.NO));
        doc.add(new StringField(LANGUAGE, call.language(), Field.Store.NO));
        doc.add(new LongPoint(START, micros(call.startTime())));
        if (call.customerSentimentScore() != null) {
            doc.add(new DoublePoint(SENTIMENT, call.customerSentimentScore()));
        }
        doc.add(new KnnFloatVectorField(VECTOR, UnitVectors.normalized(call.embedding()),
                VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new TextField(TRANSCRIPT, call.transcript(), Field.Store.NO));
        return doc;
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** Makes every applied change visible to searches. */
    void refresh() {
        awaitAppliedAndFlush();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the applied changes durable and records that the index is complete up to {@code watermark}. */
    void commit(long watermark) {
        awaitAppliedAndFlush();
        try {
            Map<String, String> data = new HashMap<>(Map.of(WATERMARK, Long.toString(watermark), LAYOUT,
                    LAYOUT_VERSION, VECTORS, vectors.recorded));
            int owed = mergeDownTo;
            boolean merging = merging();
            if (owed > 0 && merging) {
                data.put(MERGE_DOWN_TO, Integer.toString(owed));
            } else {
                mergeDownTo = 0; // finished (or failed) before this commit, which then holds what it made
            }
            if (graphsOwed && (graphsDeferred || merging)) {
                data.put(GRAPHS_OWED, "true");
            } else {
                graphsOwed = false; // the graph merge finished before this commit, which holds its segments
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A commit copied out of the index: the watermark it is complete up to, and its generation. */
    record Snapshot(long watermark, long generation) {
    }

    /** The generation of the last commit (each commit has a higher one), 0 before the first. */
    long commitGeneration() {
        try (DirectoryReader reader = DirectoryReader.open(store)) {
            return reader.getIndexCommit().getGeneration();
        } catch (IndexNotFoundException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether documents or finished merges are waiting for a commit. */
    boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** Whether merges are running or waiting to run. */
    boolean merging() {
        return writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty();
    }

    /**
     * Asks for the index to be merged down to at most {@code maxSegments} segments, in the background: every
     * segment is one more graph and one more term dictionary per query, and a rebuild leaves many. Commits made
     * before it finishes record it, so that a stop in the meantime does not leave the index unmerged: the next
     * start asks for it again.
     */
    void mergeDown(int maxSegments) {
        forceMerge(maxSegments, false);
    }

    private void forceMerge(int maxSegments, boolean rewriteAll) {
        awaitAppliedAndFlush();
        try {
            mergeDownTo = maxSegments;
            merges.rewriteAtNextForcedMerge(rewriteAll);
            writer.forceMerge(maxSegments, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * From now on, until {@link #buildGraphs}, segments are written without graphs, for a rebuild: two cores insert a
     * few thousand vectors a second into a graph, so a million calls would take minutes to become searchable, while
     * without graphs they take about as long as their words do, and are searched by an exact scan meanwhile. Commits
     * record it, so that a stop does not leave segments without graphs for good.
     */
    void deferGraphs() {
        graphsOwed = true;
        graphsDeferred = true;
    }

    /** Whether segments are being written without graphs, waiting for {@link #buildGraphs}. */
    boolean graphsDeferred() {
        return graphsDeferred;
    }

    /** Whether segments without graphs may still be searched: from {@link #deferGraphs} to the graph merge's commit. */
    boolean graphsPending() {
        return graphsOwed;
    }

    /**
     * Ends {@link #deferGraphs}: new segments get graphs again, and every segment there is now is merged, in the
     * background, into at most {@code maxSegments} with graphs (Lucene writes a graph only when it writes a segment).
     * Searches scan the segments without graphs exactly until they move to the merged ones at a refresh.
     */
    void buildGraphs(int maxSegments) {
        graphsDeferred = false;
        forceMerge(maxSegments, true);
    }

    /**
     * Puts the files of the last commit in {@code target}, a new folder (hard links where it shares the index's
     * file system, copies otherwise), and says which commit it was.
     */
    Snapshot snapshotTo(Path target) throws IOException {
        IndexCommit commit = commits.snapshot();
        try {
            Files.createDirectories(target);
            for (String file : commit.getFileNames()) {
                IndexSnapshots.linkOrCopy(directory.resolve(file), target.resolve(file));
            }
            String watermark = commit.getUserData().get(WATERMARK);
            return new Snapshot(watermark == null ? 0 : Long.parseLong(watermark), commit.getGeneration());
        } finally {
            commits.release(commit);
            writer.deleteUnusedFiles();
        }
    }

    /** Empties the index (for a rebuild); takes effect with the next commit. */
    void clear() {
        awaitApplied();
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
                float[] unit = UnitVectors.normalized(vector);
                int candidates = Math.max(k, fanOut);
                Query query = new SelectiveKnnQuery(VECTOR, unit, candidates, filter);
                TopDocs top = vectors.quantized()
                        ? FloatReranking.rerank(searcher, searcher.search(query, candidates), unit, k,
                                vectors.reranked(k, candidates))
                        : searcher.search(query, k);
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

    /**
     * The calls that {@code words} matches among those {@code filter} allows (null: all), ranked by BM25; ties
     * keep index order.
     */
    KeywordHits keyword(Query words, @Nullable Query filter, int offset, int limit) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (filter != null) {
            builder.add(filter, Occur.FILTER);
        }
        Query query = builder.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, offset + limit));
                // the top-k search skips what cannot make the page, so its hit count is a bound: count exactly
                long total = searcher.count(query);
                StoredFields stored = searcher.storedFields();
                List<KeywordHits.Hit> page = new ArrayList<>(limit);
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    Document doc = stored.document(top.scoreDocs[i].doc);
                    page.add(new KeywordHits.Hit(doc.get(CALL_ID), top.scoreDocs[i].score));
                }
                return new KeywordHits(page, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls written, searchable or not yet, including those the lanes are still filing: how far a rebuild has got. */
    long written() {
        return writer.getDocStats().numDocs + queued.get();
    }

    /** Segments as searches see them: each is one more graph and term dictionary per query. */
    int segments() {
        return read(searcher -> searcher.getIndexReader().leaves().size());
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
            try {
                awaitApplied();
            } catch (RuntimeException e) {
                // nothing after the last commit is kept anyway: the next start applies it again
            }
            lanes.forEach(ExecutorService::shutdown);
            if (mergeWorkers != null) {
                mergeWorkers.shutdown();
            }
            searchers.close();
            writer.close();
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
