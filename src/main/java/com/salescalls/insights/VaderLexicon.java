package com.salescalls.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The VADER word valences (mean human rating from -4 to +4), read from {@code vader_sentiment_lexicon.txt}.
 *
 * <p>The file ships in the root of the {@code com.github.apanimesh061:vader-sentiment-analyzer} jar; only the
 * file is used, never that library's code. Lines are {@code token TAB mean TAB stddev TAB ratings}. A few
 * tokens appear twice (e.g. "ok"); the later line wins, as in the reference Python implementation.
 */
final class VaderLexicon {

    static final String RESOURCE = "vader_sentiment_lexicon.txt";

    private final Map<String, Double> valences;

    private VaderLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    static VaderLexicon fromClasspath() {
        InputStream in = VaderLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath; is the vader-sentiment-analyzer "
                    + "dependency missing?");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Double> valences = new HashMap<>();
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalStateException("Malformed lexicon line: " + line);
                }
                valences.put(fields[0], Double.parseDouble(fields[1]));
            });
            return new VaderLexicon(valences);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** This lexicon with the given entries added, or replacing entries of the same token. */
    VaderLexicon with(Map<String, Double> entries) {
        Map<String, Double> merged = new HashMap<>(valences);
        merged.putAll(entries);
        return new VaderLexicon(merged);
    }

    /** Lookups are by the lower-cased token, exactly as the reference implementation does. */
    @Nullable Double valence(String lowerCaseToken) {
        return valences.get(lowerCaseToken);
    }

    boolean contains(String lowerCaseToken) {
        return valences.containsKey(lowerCaseToken);
    }

    int size() {
        return valences.size();
    }
}
