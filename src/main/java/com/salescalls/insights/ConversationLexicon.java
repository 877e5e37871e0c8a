package com.salescalls.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the conversation analyser adds to VADER, read from {@code sentiment/conversation-lexicon.tsv}: words VADER
 * lacks (sales words such as "expensive", "affordable", "works"), boosters, and phrases whose meaning is not
 * the sum of their words ("go with a competitor", "send me the contract", "waste of time").
 *
 * <p>A phrase is rewritten into one token before VADER's rules run, so the rules still apply around it:
 * "we won't go with a competitor" negates the phrase as a whole. A phrase whose value is {@code NOT} is
 * rewritten to "not" (a negation: "far from perfect", "was hoping for more").
 */
final class ConversationLexicon {

    static final String RESOURCE = "sentiment/conversation-lexicon.tsv";
    private static final String PHRASE_TOKEN = "phrasetoken";

    private final Map<String, Double> words;
    private final Map<String, Double> boosters;
    private final List<Phrase> phrases;

    private record Phrase(Pattern pattern, String replacement) {
    }

    private ConversationLexicon(Map<String, Double> words, Map<String, Double> boosters, List<Phrase> phrases) {
        this.words = Map.copyOf(words);
        this.boosters = Map.copyOf(boosters);
        this.phrases = List.copyOf(phrases);
    }

    /** Lines: {@code word TAB valence}, {@code booster TAB word TAB scalar}, {@code phrase TAB regex TAB valence|NOT}. */
    static ConversationLexicon fromClasspath() {
        InputStream in = ConversationLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        Map<String, Double> words = new HashMap<>();
        Map<String, Double> boosters = new HashMap<>();
        List<Phrase> phrases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t+");
                switch (fields[0]) {
                    case "word" -> words.put(fields[1], Double.parseDouble(fields[2]));
                    case "booster" -> boosters.put(fields[1], Double.parseDouble(fields[2]));
                    case "phrase" -> phrases.add(phrase(fields[1], fields[2], phrases.size(), words));
                    default -> throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Malformed " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new ConversationLexicon(words, boosters, phrases);
    }

    private static Phrase phrase(String regex, String value, int index, Map<String, Double> words) {
        Pattern pattern = Pattern.compile("(?<![\\w'])" + regex.replace(" ", "\\s+") + "(?![\\w'])",
                Pattern.CASE_INSENSITIVE);
        if (value.equals("NOT")) {
            return new Phrase(pattern, "not");
        }
        String token = PHRASE_TOKEN + (char) ('a' + index / 26) + (char) ('a' + index % 26);
        words.put(token, Double.parseDouble(value));
        return new Phrase(pattern, token);
    }

    /** The text with each phrase replaced by its token; typographic apostrophes read as {@code '}. */
    String rewrite(String text) {
        String result = text.replace('’', '\'');
        for (Phrase phrase : phrases) {
            Matcher matcher = phrase.pattern().matcher(result);
            if (matcher.find()) {
                result = matcher.replaceAll(phrase.replacement());
            }
        }
        return result;
    }

    Map<String, Double> words() {
        return words;
    }

    Map<String, Double> boosters() {
        return boosters;
    }
}
