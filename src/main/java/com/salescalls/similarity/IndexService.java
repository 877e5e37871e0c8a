package com.salescalls.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
    private final @Nullable IndexSnapshots snapshots;
    private final Semaphore wake = new Semaphore(0);
    private volatile @Nullable VectorIndex index;
    private volatile @Nullable Thread worker;
    private volatile @Nullable IndexTailer tailer;
    private volatile boolean running;
    private volatile long restoredWatermark;
    private Instant nextSnapshot = Instant.MIN;
    private volatile long publishedGeneration;

    IndexService(SimilarityProperties properties, CallFeed feed) {
        this.properties = properties;
        this.feed = feed;
        this.snapshots = properties.snapshotDir() == null ? null : new IndexSnapshots(properties.snapshotDir());
    }

    @Override
    public void start() {
        boolean restored = snapshots != null && IndexSnapshots.holdsNoIndex(properties.indexDir())
                && snapshots.restoreInto(properties.indexDir());
        VectorIndex opened = open(properties.indexDir());
        long highest = feed.highestSeq();
        if (opened.watermark() > highest) {
            log.warn("Vector index in {} is ahead of the database (watermark {} > {}): rebuilding",
                    opened.directory(), opened.watermark(), highest);
            opened.clear();
            opened.commit(0);
        }
        // zero when the snapshot proved unreadable or ahead of the database and the index is being built anew
        restoredWatermark = restored ? opened.watermark() : 0;
        publishedGeneration = restored ? opened.commitGeneration() : 0;
        IndexTailer tailer = new IndexTailer(feed, opened, properties.batchSize(), properties.gapTimeout(),
                properties.commitInterval());
        log.info("Vector index in {}: {} calls, resuming after analysis {} of {}", opened.directory(),
                opened.size(), tailer.watermark(), highest);
        this.tailer = tailer; // before the index, so that whatever sees it open also sees its progress
        index = opened;
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
            try {
                IndexSnapshots.deleteRecursively(directory);
            } catch (IOException io) {
                throw new UncheckedIOException("Cannot clear the vector index in " + directory, io);
            }
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
                    publishSnapshot(tailer);
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

    /**
     * Once caught up, and then every {@code snapshotInterval}, commits and publishes the index for new instances,
     * if it holds analyses the latest snapshot lacks, or the same ones merged into fewer segments, and the latest
     * snapshot (of any instance) is older than the interval: the instances publish about one per interval between
     * them, not one each.
     */
    private void publishSnapshot(IndexTailer tailer) {
        Instant now = Instant.now();
        if (snapshots == null || now.isBefore(nextSnapshot)) {
            return;
        }
        nextSnapshot = now.plus(properties.snapshotInterval());
        VectorIndex open = current();
        try {
            long latest = snapshots.latestWatermark();
            Instant published = snapshots.latestPublished();
            if (tailer.watermark() < latest
                    || published != null && published.plus(properties.snapshotInterval()).isAfter(now)) {
                return; // another instance has published a more recent or a recent enough one
            }
            tailer.commit(now);
            if (tailer.watermark() > latest || open.commitGeneration() != publishedGeneration) {
                publishedGeneration = snapshots.publish(open).generation();
            }
        } catch (RuntimeException e) {
            log.warn("Vector index snapshot not published in {}; trying again in {}", snapshots.root(),
                    properties.snapshotInterval(), e);
        }
    }

    /** Whether the latest snapshot is this instance's last commit, with nothing waiting to be merged or committed. */
    boolean snapshotCurrent() {
        VectorIndex open = current();
        IndexTailer running = tailer;
        return snapshots != null && running != null && !open.merging() && !open.hasUncommittedChanges()
                && open.commitGeneration() == publishedGeneration
                && snapshots.latestWatermark() == running.watermark();
    }

    /** The watermark of the snapshot this instance started from, 0 if it did not start from one. */
    long restoredWatermark() {
        return restoredWatermark;
    }

    /** The watermark of the latest snapshot published in the shared folder, 0 if none (or no folder). */
    long snapshotWatermark() {
        return snapshots == null ? 0 : snapshots.latestWatermark();
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

    /** Segments searches go through (a rebuild leaves many until it is merged down). */
    int segments() {
        return current().segments();
    }

    /** The calls written to the index (searchable or not yet) and the watermark as of the same moment. */
    IndexTailer.Progress progress() {
        IndexTailer current = tailer;
        if (current == null) {
            throw new IllegalStateException("the vector index is not open");
        }
        return current.progress();
    }

    /** Whether segments without graphs may still be searched (by exact scans): after a rebuild, until its merge. */
    boolean graphsPending() {
        return current().graphsPending();
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
}
