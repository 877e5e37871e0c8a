package com.salescalls.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One of the four human-rated snippet sets of Hutto &amp; Gilbert (ICWSM 2014), read from the shared data folder
 * (never committed to the project), with a fixed 80/20 split into training and held-out snippets.
 *
 * <p>Lines are {@code id TAB mean_rating TAB text}; ratings are means of about 20 people on -4..+4.
 */
record HuttoSnippets(String name, List<LabelledSentence> training, List<LabelledSentence> heldOut) {

    static final Path DEFAULT_FOLDER = Path.of("..", "shared", "data", "sentiment");
    static final List<String> SETS = List.of("tweets", "movieReviewSnippets", "amazonReviewSnippets",
            "nytEditorialSnippets");
    private static final long SPLIT_SEED = 20140601L;

    static List<HuttoSnippets> loadAll(Path folder) {
        return SETS.stream().map(name -> load(folder, name)).toList();
    }

    static HuttoSnippets load(Path folder, String name) {
        Path file = folder.resolve(name + "_GroundTruth.tsv");
        List<LabelledSentence> snippets = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3 && !fields[2].isBlank()) {
                    snippets.add(new LabelledSentence(fields[2].strip(), Double.parseDouble(fields[1])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath()
                    + " (pass the folder of the Hutto snippet files with --data=PATH)", e);
        }
        Collections.shuffle(snippets, new Random(SPLIT_SEED + name.hashCode()));
        int cut = snippets.size() * 4 / 5;
        return new HuttoSnippets(name, List.copyOf(snippets.subList(0, cut)),
                List.copyOf(snippets.subList(cut, snippets.size())));
    }
}
