package com.salescalls.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.salescalls.calls.CallFeed;
import com.salescalls.calls.CallsAnalyzed;
import com.salescalls.calls.KeywordHits;
import com.salescalls.platform.FolderInUse;

/**
 * This instance's vector index: opened (or rebuilt) at start, then kept current by a background thread that
 * tails the feed of analysed calls every {@code pollInterval}, and at once when this instance stores analyses.
 * PostgreSQL stays the source of truth: an index that is unreadable, from another layout, or ahead of the
 * database (a different or reset database) is thrown away and rebuilt from the feed.
 */
@Component
class IndexService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexService.class);

    private final SimilarityProperties properties;
    private final CallFeed feed;
    private final Semaphore wake = new Semaphore(0);
    private volatile @Nullable VectorIndex index;
    private volatile @Nullable Thread worker;
    private volatile @Nullable IndexTailer tailer;
    private volatile boolean running;

    IndexService(SimilarityProperties properties, CallFeed feed) {
        this.properties = properties;
        this.feed = feed;
    }

    @Override
    public void start() {
        VectorIndex opened = open(properties.indexDir());
        long highest = feed.highestSeq();
        if (opened.watermark() > highest) {
            log.warn("Vector index in {} is ahead of the database (watermark {} > {}): rebuilding",
                    opened.directory(), opened.watermark(), highest);
            opened.clear();
            opened.commit(0);
        }
        IndexTailer tailer = new IndexTailer(feed, opened, properties.batchSize(), properties.gapTimeout(),
                properties.commitInterval());
        log.info("Vector index in {}: {} calls, resuming after analysis {} of {}", opened.directory(),
                opened.size(), tailer.watermark(), highest);
        index = opened;
        this.tailer = tailer;
        running = true;
        Thread thread = Thread.ofPlatform().name("vector-index-tailer").daemon().start(() -> tail(tailer));
        worker = thread;
    }

    private VectorIndex open(Path directory) {
        try {
            return new VectorIndex(directory, VectorIndex.Settings.of(properties));
        } catch (RuntimeException e) {
            if (isLockHeld(e)) {
                throw new FolderInUse("The vector index in " + directory + " is in use by another instance",
                        "INDEX_DIR", e);
            }
            log.warn("Vector index in {} is unreadable ({}): rebuilding it from the database", directory,
                    e.toString());
            deleteRecursively(directory);
            return new VectorIndex(directory, VectorIndex.Settings.of(properties));
        }
    }

    private static boolean isLockHeld(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.lucene.store.LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }

    private void tail(IndexTailer tailer) {
        boolean reportedFailure = false;
        while (running) {
            try {
                boolean more = tailer.poll(Instant.now());
                reportedFailure = false;
                if (!more) {
                    wake.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database may be away for a while: keep trying, say so once per outage
                if (!reportedFailure) {
                    log.warn("Vector index could not read newly analysed calls; retrying", e);
                    reportedFailure = true;
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Analyses stored by this instance are indexed without waiting for the next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CallsAnalyzed event) {
        wake.release();
    }

    List<Neighbour> nearest(float[] vector, int k, @Nullable Query filter) {
        return current().nearest(vector, k, properties.searchFanOut(), filter);
    }

    KeywordHits keyword(Query words, @Nullable Query filter, int offset, int limit) {
        return current().keyword(words, filter, offset, limit);
    }

    int size() {
        return current().size();
    }

    /** Calls written to the index, searchable or not yet. */
    long written() {
        return current().written();
    }

    /** Whether the index is open and can answer queries (it may still be catching up). */
    boolean isOpen() {
        return index != null;
    }

    /** The number of the last analysis the index has applied. */
    long watermark() {
        IndexTailer current = tailer;
        return current == null ? 0 : current.watermark();
    }

    /** The watermark that searches see: every analysis numbered up to it is in their answers. */
    long searchableWatermark() {
        IndexTailer current = tailer;
        return current == null ? 0 : current.searchableWatermark();
    }

    private VectorIndex current() {
        VectorIndex open = index;
        if (open == null) {
            throw new IllegalStateException("the vector index is not open");
        }
        return open;
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        boolean finished = true;
        if (thread != null) {
            wake.release();
            // a poll waiting on an unreachable database must not hold up shutdown: give it a moment, then interrupt
            finished = join(thread, 5_000);
            if (!finished) {
                thread.interrupt();
                finished = join(thread, 2_000);
            }
        }
        VectorIndex open = index;
        IndexTailer last = tailer;
        if (open != null) {
            if (finished && last != null) {
                last.commit(Instant.now());
            }
            open.close();
        }
        index = null;
        tailer = null;
        worker = null;
    }

    private static boolean join(Thread thread, long millis) {
        try {
            return thread.join(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Opens the index before the web server starts taking requests (which starts in a later phase). */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the vector index in " + directory, e);
        }
    }
}
