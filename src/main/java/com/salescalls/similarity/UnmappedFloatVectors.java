package com.salescalls.similarity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.ReadAdvice;
import org.apache.lucene.util.IOUtils;

/**
 * A quantized index's folder: every file as {@code mapped} opens it, except the float32 vectors, which are read with
 * positional reads ({@link NIOFSDirectory}) so that their pages stay in the kernel's page cache instead of counting
 * in the instance's resident memory (a gigabyte and a half at a million calls; a query reads only the few it
 * re-ranks). Those reads can be prefetched all the same: {@link IndexInput#prefetch} goes to a second, memory-mapped
 * view of the file that is never read, whose {@code madvise(WILLNEED)} has the kernel read the pages into its cache
 * in the background without mapping them into the process. A query's re-ranking thus asks for all its candidates'
 * pages first and waits for about one read from the disk, not one per candidate.
 */
final class UnmappedFloatVectors extends FilterDirectory {

    /** The file of a segment's float32 vectors (Lucene99FlatVectorsFormat's data file). */
    static final String EXTENSION = "vec";

    private final NIOFSDirectory reads;
    private final MMapDirectory hints;

    UnmappedFloatVectors(Directory mapped, Path path) throws IOException {
        super(mapped);
        this.reads = new NIOFSDirectory(path);
        MMapDirectory view = new MMapDirectory(path);
        view.setPreload(MMapDirectory.NO_FILES); // loading the view would map every page into the process
        view.setReadAdvice((name, context) -> Optional.of(ReadAdvice.RANDOM));
        this.hints = view;
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        if (!name.endsWith("." + EXTENSION)) {
            return in.openInput(name, context);
        }
        IndexInput read = reads.openInput(name, context);
        try {
            return new Prefetched(read, hints.openInput(name, context));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(read);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reads, hints, in);
    }

    /** Reads from one input, prefetches through the other; both views of the same bytes at the same offsets. */
    static final class Prefetched extends IndexInput {

        private final IndexInput read;
        private final IndexInput hint;

        Prefetched(IndexInput read, IndexInput hint) {
            super("prefetched " + read);
            this.read = read;
            this.hint = hint;
        }

        @Override
        public void prefetch(long offset, long length) throws IOException {
            hint.prefetch(offset, length);
        }

        @Override
        public IndexInput slice(String description, long offset, long length) throws IOException {
            return new Prefetched(read.slice(description, offset, length), hint.slice(description, offset, length));
        }

        @Override
        public IndexInput clone() {
            return new Prefetched(read.clone(), hint.clone());
        }

        @Override
        public void close() throws IOException {
            IOUtils.close(read, hint);
        }

        @Override
        public long getFilePointer() {
            return read.getFilePointer();
        }

        @Override
        public void seek(long pos) throws IOException {
            read.seek(pos);
        }

        @Override
        public long length() {
            return read.length();
        }

        @Override
        public byte readByte() throws IOException {
            return read.readByte();
        }

        @Override
        public void readBytes(byte[] b, int offset, int len) throws IOException {
            read.readBytes(b, offset, len);
        }

        @Override
        public short readShort() throws IOException {
            return read.readShort();
        }

        @Override
        public int readInt() throws IOException {
            return read.readInt();
        }

        @Override
        public long readLong() throws IOException {
            return read.readLong();
        }

        @Override
        public void readInts(int[] dst, int offset, int length) throws IOException {
            read.readInts(dst, offset, length);
        }

        @Override
        public void readLongs(long[] dst, int offset, int length) throws IOException {
            read.readLongs(dst, offset, length);
        }

        @Override
        public void readFloats(float[] dst, int offset, int length) throws IOException {
            read.readFloats(dst, offset, length);
        }

        @Override
        public void skipBytes(long numBytes) throws IOException {
            read.skipBytes(numBytes);
        }
    }
}
