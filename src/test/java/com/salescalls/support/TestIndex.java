package com.salescalls.support;

/**
 * A vector-index folder of its own for every application context a test starts: two contexts in one JVM must
 * never share one (Lucene's write lock refuses the second), and tests must not write under the repository's
 * {@code ./data}.
 */
public final class TestIndex {

    /** The setting, resolved afresh ({@code random.uuid}) by each context. */
    public static final String PROPERTY = "app.similarity.index-dir=${java.io.tmpdir}/salescalls-test-index-${random.uuid}";

    private TestIndex() {
    }
}
