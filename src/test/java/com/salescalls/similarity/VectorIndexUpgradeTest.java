package com.salescalls.similarity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.salescalls.calls.KeywordHits;

import static com.salescalls.similarity.VectorIndexTest.call;
import static com.salescalls.similarity.VectorIndexTest.embeddingLike;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexes written by the previous Lucene (10.3: codec Lucene103, int8 vectors in Lucene99's 7-bit format). A float32
 * one is opened, searched, extended and merged by this one without a rebuild, so an upgrade keeps such an index and
 * its published snapshots; an int8 one is rebuilt, since its quantization is not this version's. The fixtures hold
 * the 60 calls {@code VectorIndexTest.call(n + 1, n, v)} for the vectors {@code embeddingLike(new Random(7), 60)}, in
 * two segments (committed at watermarks 30 and 60) as the product of that version wrote them.
 */
class VectorIndexUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aFloat32IndexOfTheEarlierLuceneIsSearchedExtendedAndMerged() throws Exception {
        unzip("/similarity/index-lucene-10.3-float32.zip", dir);
        List<float[]> vectors = embeddingLike(new Random(7), 90);
        VectorIndex.Settings settings = new VectorIndex.Settings(16, 100, 1, 16, VectorEncoding.FLOAT32);
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            assertThat(index.watermark()).as("kept, not rebuilt").isEqualTo(60);
            assertThat(index.size()).isEqualTo(60);
            assertNearestIsItself(index, vectors, 60);
            assertThat(index.keyword(new TermQuery(new Term(VectorIndex.TRANSCRIPT, "42")), null, 0, 10).hits())
                    .extracting(KeywordHits.Hit::callId).containsExactly("CALL_42");

            index.apply(IntStream.range(60, 90).mapToObj(n -> call(n + 1, n, vectors.get(n))).toList());
            index.commit(90);
            index.mergeDown(1); // the old segments rewritten with the new one in this version's formats
            for (int i = 0; i < 500 && index.merging(); i++) {
                Thread.sleep(10);
            }
            assertThat(index.merging()).isFalse();
            index.commit(90);
        }
        try (VectorIndex reopened = new VectorIndex(dir, settings)) {
            assertThat(reopened.segments()).isEqualTo(1);
            assertThat(reopened.watermark()).isEqualTo(90);
            assertNearestIsItself(reopened, vectors, 90);
        }
    }

    @Test
    void anInt8IndexOfTheEarlierQuantizationIsRebuilt() throws Exception {
        unzip("/similarity/index-lucene-10.3-int8.zip", dir);
        List<float[]> vectors = embeddingLike(new Random(7), 60);
        VectorIndex.Settings settings = new VectorIndex.Settings(16, 100, 1, 16, VectorEncoding.INT8);
        try (VectorIndex index = new VectorIndex(dir, settings)) {
            assertThat(index.size()).isZero();
            assertThat(index.watermark()).as("so that the tailer reads every call again").isZero();
            index.apply(IntStream.range(0, 60).mapToObj(n -> call(n + 1, n, vectors.get(n))).toList());
            index.commit(60);
        }
        try (VectorIndex reopened = new VectorIndex(dir, settings)) {
            assertThat(reopened.watermark()).as("rebuilt with this quantization: kept").isEqualTo(60);
            assertNearestIsItself(reopened, vectors, 60);
        }
    }

    private static void assertNearestIsItself(VectorIndex index, List<float[]> vectors, int calls) {
        for (int n = 0; n < calls; n++) {
            List<Neighbour> nearest = index.nearest(vectors.get(n), 1, 50, null);
            assertThat(nearest).as("call %d", n).extracting(Neighbour::callId).containsExactly("CALL_" + n);
        }
    }

    private static void unzip(String resource, Path target) throws IOException {
        try (InputStream in = Objects.requireNonNull(VectorIndexUpgradeTest.class.getResourceAsStream(resource),
                resource); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, target.resolve(entry.getName()));
            }
        }
    }
}
