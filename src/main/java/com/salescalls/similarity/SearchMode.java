package com.salescalls.similarity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a search ranks calls. */
public enum SearchMode {
    /** PostgreSQL full-text ranking ({@code ts_rank_cd}) of the words of the query. */
    KEYWORD,
    /** Cosine similarity of the query's embedding to each call's. */
    SEMANTIC,
    /** Both rankings, fused by reciprocal rank fusion. */
    HYBRID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchMode> fromWireName(String name) {
        return Arrays.stream(values()).filter(mode -> mode.wireName().equals(name)).findFirst();
    }
}
