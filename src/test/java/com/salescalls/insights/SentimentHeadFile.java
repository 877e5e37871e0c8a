package com.salescalls.insights;

import java.util.List;
import java.util.Locale;

/** Writes a {@link SentimentHead} in the text format that {@code SentimentHead.fromClasspath()} reads. */
final class SentimentHeadFile {

    private SentimentHeadFile() {
    }

    /** The weights file's content, preceded by the given comment lines. */
    static String text(SentimentHead head, List<String> comments) {
        StringBuilder text = new StringBuilder();
        comments.forEach(comment -> text.append("# ").append(comment).append('\n'));
        text.append(String.format(Locale.ROOT, "%.9g%n%.9g%n%.9g%n", head.bias(), head.lexiconWeight(),
                head.negationWeight()));
        for (double weight : head.weights()) {
            text.append(String.format(Locale.ROOT, "%.9g%n", weight));
        }
        return text.toString();
    }
}
