/**
 * Similar calls and semantic search: a Lucene HNSW index of call embeddings, derived from PostgreSQL and kept
 * current on every instance by tailing newly analysed calls; keyword, semantic and hybrid search.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "calls",
        "calls :: analyses",
        "calls :: events",
        "calls :: ingest",
        "identity",
        "insights",
        "platform"
})
package com.salescalls.similarity;
