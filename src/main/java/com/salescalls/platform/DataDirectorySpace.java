package com.salescalls.platform;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before the embedded PostgreSQL starts, that its folder has room: on a full disk {@code initdb} (or the
 * server) fails deep inside the library with only "process failed" at the bottom of a stack trace. A folder short
 * of room is reported as a {@link FileSystemException} naming it, which {@link FileSystemFailureAnalyzer} turns
 * into the short start-up report (found by {@code bench/faults.sh disk}).
 */
final class DataDirectorySpace {

    /** A new cluster takes about 40 MB; less than this cannot even hold its first WAL segments. */
    static final long MINIMUM_BYTES = 64L * 1024 * 1024;

    private DataDirectorySpace() {
    }

    static void requireRoom(Path directory) throws IOException {
        requireRoom(directory, Files.getFileStore(directory).getUsableSpace());
    }

    static void requireRoom(Path directory, long usableBytes) throws FileSystemException {
        if (usableBytes < MINIMUM_BYTES) {
            throw new FileSystemException(directory.toString(), null, "No space left: " + megabytes(usableBytes)
                    + " MB free, the embedded database needs at least " + megabytes(MINIMUM_BYTES) + " MB");
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
