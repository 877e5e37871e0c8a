package com.salescalls.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of a committed index in a folder the instances share ({@code INDEX_SNAPSHOT_DIR}), so that a new instance
 * starts from the latest one and reads from PostgreSQL only the analyses after its watermark, instead of building
 * every call's graph node and words again (minutes at a million calls). A snapshot is one Lucene commit's files in a
 * folder of its own, named after the commit's watermark, made visible by an atomic rename of the pointer file
 * {@code latest}. Files are hard-linked where the folder is on the same file system (Lucene never rewrites a file
 * it has written) and copied otherwise. The two newest snapshots are kept, so one that a starting instance is
 * copying is not removed under it. PostgreSQL stays the source of truth: a snapshot only saves work.
 */
final class IndexSnapshots {

    private static final Logger log = LoggerFactory.getLogger(IndexSnapshots.class);
    private static final String LATEST = "latest";
    private static final String PREFIX = "snapshot-";
    private static final String TEMPORARY = ".tmp-";
    private static final int KEPT = 2;
    /** A temporary folder this old was left by a publisher that died; younger ones may still be being written. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path root;

    IndexSnapshots(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The watermark of the latest snapshot, 0 when there is none. */
    long latestWatermark() {
        String name = latest();
        return name == null ? 0 : watermarkOf(name);
    }

    /** When the latest snapshot was published, or null when there is none. */
    @Nullable Instant latestPublished() {
        try {
            return latest() == null ? null : Files.getLastModifiedTime(root.resolve(LATEST)).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /** Publishes the index's last commit as the latest snapshot and says which commit it was. */
    VectorIndex.Snapshot publish(VectorIndex index) {
        try {
            Files.createDirectories(root);
            Path temporary = root.resolve(TEMPORARY + UUID.randomUUID());
            VectorIndex.Snapshot published = index.snapshotTo(temporary);
            // on disk before the pointer names it: after a crash, `latest` never names a snapshot with torn files
            try (FSDirectory copy = FSDirectory.open(temporary)) {
                syncAll(copy);
            }
            long watermark = published.watermark();
            String name = PREFIX + String.format("%019d", watermark) + "-" + UUID.randomUUID().toString().substring(0, 8);
            Files.move(temporary, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Path pointer = root.resolve(TEMPORARY + LATEST + "-" + UUID.randomUUID());
            Files.writeString(pointer, name);
            IOUtils.fsync(pointer, false);
            IOUtils.fsync(root, true);
            Files.move(pointer, root.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(root, true);
            prune(name);
            log.info("Vector index snapshot {} published in {} (analyses up to {})", name, root, watermark);
            return published;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish a vector index snapshot in " + root, e);
        }
    }

    /**
     * Fills {@code indexDir}, which holds no index files, with the latest snapshot, under the folder's write lock.
     * Returns false, leaving the folder without index files, when there is none, it cannot be read (the index is
     * then built from PostgreSQL), or another instance holds the folder (which opening it then reports).
     */
    boolean restoreInto(Path indexDir) {
        String name = latest();
        if (name == null) {
            return false;
        }
        Path snapshot = root.resolve(name);
        long started = System.nanoTime();
        try {
            Files.createDirectories(indexDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the vector index folder " + indexDir, e);
        }
        try (FSDirectory store = FSDirectory.open(indexDir);
                Lock lock = store.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            try {
                try (Stream<Path> files = Files.list(snapshot)) {
                    for (Path file : files.toList()) {
                        linkOrCopy(file, indexDir.resolve(file.getFileName().toString()));
                    }
                }
                // written through before the index is opened: a crash later never leaves a torn copy behind, and
                // the kernel's writeback of the copy does not fall into the first minute of serving
                syncAll(store);
            } catch (IOException | UncheckedIOException e) {
                log.warn("Vector index snapshot {} could not be restored ({}): building the index from the database",
                        snapshot, e.toString());
                for (String file : store.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        store.deleteFile(file);
                    }
                }
                return false;
            }
        } catch (LockObtainFailedException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the vector index in " + indexDir, e);
        }
        log.info("Vector index restored from snapshot {} in {} ms (analyses up to {}); catching up after it",
                snapshot, (System.nanoTime() - started) / 1_000_000, watermarkOf(name));
        return true;
    }

    /** Forces a folder's files and their names to disk. */
    private static void syncAll(FSDirectory folder) throws IOException {
        folder.sync(List.of(folder.listAll()));
        folder.syncMetaData();
    }

    /** Whether {@code indexDir} holds no index files (it may not exist, or hold a released write lock). */
    static boolean holdsNoIndex(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return true;
        }
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.allMatch(file -> file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
        } catch (IOException e) {
            return false;
        }
    }

    /** A hard link where source and target share a file system, else a copy. */
    static void linkOrCopy(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target);
        }
    }

    private @Nullable String latest() {
        try {
            String name = Files.readString(root.resolve(LATEST)).strip();
            return name.startsWith(PREFIX) && Files.isDirectory(root.resolve(name)) ? name : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            log.warn("Vector index snapshots in {} cannot be read: {}", root, e.toString());
            return null;
        }
    }

    private static long watermarkOf(String name) {
        return Long.parseLong(name.substring(PREFIX.length(), PREFIX.length() + 19));
    }

    /** Keeps the latest and the newest others up to {@link #KEPT}; removes what a dead publisher left. */
    private void prune(String latest) throws IOException {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(root)) {
            entries = listed.toList();
        }
        List<Path> others = entries.stream()
                .filter(path -> path.getFileName().toString().startsWith(PREFIX))
                .filter(path -> !path.getFileName().toString().equals(latest))
                .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
                .toList();
        for (Path old : others.subList(Math.min(others.size(), KEPT - 1), others.size())) {
            deleteRecursively(old);
        }
        Instant abandoned = Instant.now().minus(ABANDONED);
        for (Path path : entries) {
            if (path.getFileName().toString().startsWith(TEMPORARY)
                    && Files.getLastModifiedTime(path).toInstant().isBefore(abandoned)) {
                deleteRecursively(path);
            }
        }
    }

    /** Deletes a folder and what it holds; what is already gone (another instance's pruning) is no error. */
    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // removed meanwhile by another instance's pruning
        }
    }
}
