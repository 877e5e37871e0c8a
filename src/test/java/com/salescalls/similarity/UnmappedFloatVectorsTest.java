package com.salescalls.similarity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.lucene.codecs.lucene95.HasIndexSlice;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads /proc/self/smaps and drops pages with dd's whole-file nocache: Linux, as the product's machines. */
class UnmappedFloatVectorsTest {

    private static final int PAGE = 4096;
    private static final int PAGES = 1024;

    @TempDir
    Path dir;

    /** The kilobytes of {@code file}'s mappings in this process that are resident, from /proc/self/smaps. */
    static long residentKb(Path file) throws Exception {
        long kb = 0;
        boolean inFile = false;
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                inFile = line.endsWith(file.toString());
            } else if (inFile && line.startsWith("Rss:")) {
                kb += Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return kb;
    }

    static boolean mapped(Path file) throws Exception {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(line -> line.endsWith(file.toString()));
    }

    static void dropFromPageCache(Path file) throws Exception {
        Process dd = new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none").inheritIO()
                .start();
        assertThat(dd.waitFor()).isZero();
    }

    /** Whether all of {@code file}'s bytes in [offset, offset + length) are in the page cache (mincore). */
    static boolean cached(Path file, long offset, long length) throws Exception {
        try (MMapDirectory probe = new MMapDirectory(file.getParent());
                IndexInput input = probe.openInput(file.getFileName().toString(), IOContext.DEFAULT)) {
            return input.slice("probe", offset, length).isLoaded().orElseThrow();
        }
    }

    @Test
    void readsAVectorFileUnmappedAndPrefetchesItIntoThePageCacheOnly() throws Exception {
        byte[] written = new byte[PAGES * PAGE];
        new Random(3).nextBytes(written);
        try (Directory store = new UnmappedFloatVectors(FSDirectory.open(dir), dir)) {
            for (String name : List.of("_0.vec", "_0.veq")) {
                try (IndexOutput out = store.createOutput(name, IOContext.DEFAULT)) {
                    out.writeBytes(written, written.length);
                }
            }
            store.sync(List.of("_0.vec", "_0.veq"));
            Path vectors = dir.resolve("_0.vec");
            dropFromPageCache(vectors);
            assertThat(cached(vectors, 100L * PAGE, 8L * PAGE)).as("dropped").isFalse();

            try (IndexInput whole = store.openInput("_0.vec", IOContext.DEFAULT);
                    IndexInput other = store.openInput("_0.veq", IOContext.DEFAULT)) {
                IndexInput slice = whole.slice("vectors", 96L * PAGE, 64L * PAGE);
                slice.prefetch(4L * PAGE, 8L * PAGE); // pages 100-107 of the file
                for (int i = 0; i < 500 && !cached(vectors, 100L * PAGE, 8L * PAGE); i++) {
                    Thread.sleep(10);
                }
                assertThat(cached(vectors, 100L * PAGE, 8L * PAGE)).as("read into the page cache").isTrue();

                byte[] read = new byte[8 * PAGE];
                IndexInput clone = slice.clone();
                clone.seek(4L * PAGE);
                clone.readBytes(read, 0, read.length);
                assertThat(read).isEqualTo(java.util.Arrays.copyOfRange(written, 100 * PAGE, 108 * PAGE));
                whole.seek(PAGE);
                assertThat(whole.readLong()).isEqualTo(
                        java.nio.ByteBuffer.wrap(written, PAGE, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
                other.seek(PAGE);
                assertThat(other.readLong()).isEqualTo(
                        java.nio.ByteBuffer.wrap(written, PAGE, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());

                assertThat(mapped(vectors)).as("the view that prefetches is mapped").isTrue();
                assertThat(residentKb(vectors)).as("but none of its pages is in the process").isZero();
                assertThat(residentKb(dir.resolve("_0.veq"))).as("other files are read mapped").isPositive();
            }
        }
    }

    @Test
    void theReRankingPrefetchesAQuantizedIndexsFloatVectorsIntoThePageCache() throws Exception {
        Random random = new Random(8);
        int calls = 3000; // 4.5 MB of float32 vectors, a page and a half each
        List<float[]> vectors = VectorIndexTest.embeddingLike(random, calls);
        try (VectorIndex index = new VectorIndex(dir, new VectorIndex.Settings(16, 100, 1, 64, VectorEncoding.INT8))) {
            index.apply(IntStream.range(0, calls).mapToObj(n -> VectorIndexTest.call(n + 1, n, vectors.get(n)))
                    .toList());
            index.commit(calls);
        }
        Path floats;
        try (var listing = Files.list(dir)) {
            floats = listing.filter(f -> f.toString().endsWith(".vec")).findFirst().orElseThrow();
        }
        try (Directory store = new UnmappedFloatVectors(FSDirectory.open(dir), dir);
                DirectoryReader reader = DirectoryReader.open(store)) {
            LeafReaderContext leaf = reader.leaves().getFirst();
            KnnVectorValues stored = FloatReranking.stored(leaf.reader().getFloatVectorValues(VectorIndex.VECTOR));
            assertThat(stored).as("the values that read the file").isInstanceOf(HasIndexSlice.class);
            IndexInput slice = ((HasIndexSlice) stored).getSlice();
            assertThat(slice).isInstanceOf(UnmappedFloatVectors.Prefetched.class);
            long bytes = stored.getVectorByteLength();
            int[] ords = {100, 1500, 2900};
            long[] offsets = new long[ords.length];
            for (int i = 0; i < ords.length; i++) {
                offsets[i] = offsetInFile(floats, slice, ords[i] * bytes);
            }
            dropFromPageCache(floats);
            for (long offset : offsets) {
                assertThat(cached(floats, offset, bytes)).as("dropped").isFalse();
            }
            stored.prefetch(ords, ords.length);
            for (int v = 0; v < ords.length; v++) {
                int ord = ords[v];
                long offset = offsets[v];
                for (int i = 0; i < 500 && !cached(floats, offset, bytes); i++) {
                    Thread.sleep(10);
                }
                assertThat(cached(floats, offset, bytes)).as("vector %d prefetched", ord).isTrue();
            }
            assertThat(residentKb(floats)).as("and not mapped into the process").isZero();
        }
    }

    /**
     * Where {@code offsetInSlice} of the vectors' slice lies in the file: the slice's bytes found in the file (the
     * slice starts after the file's header and the metadata that precede the vectors).
     */
    private static long offsetInFile(Path file, IndexInput slice, long offsetInSlice) throws Exception {
        byte[] head = new byte[64];
        IndexInput copy = slice.clone();
        copy.seek(0);
        copy.readBytes(head, 0, head.length);
        byte[] all = Files.readAllBytes(file);
        for (int start = 0; start + head.length <= all.length; start++) {
            if (java.util.Arrays.equals(all, start, start + head.length, head, 0, head.length)) {
                return start + offsetInSlice;
            }
        }
        throw new AssertionError("the slice's bytes are not in " + file);
    }
}
