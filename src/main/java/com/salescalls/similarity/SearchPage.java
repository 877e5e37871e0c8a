package com.salescalls.similarity;

import java.util.List;

/**
 * A page of search results and how many there are in all: every full-text match for a keyword search; for a
 * semantic or hybrid search, the results within the ranked depth.
 */
public record SearchPage(List<SearchResult> results, long total) {
}
