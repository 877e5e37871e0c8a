package com.salescalls.insights;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.salescalls.insights.ConversationMetrics.Questions;

/**
 * Questions asked by each side, and the agent's questions per minute of call.
 *
 * <p>In a punctuated transcript a question is a sentence ending in {@code ?}: each run of end punctuation that
 * holds a question mark counts once ("Really?!" is one, "Why? How?" two). A transcript whose agent and customer
 * turns hold no {@code . ! ?} at all is unpunctuated (raw speech recognition); there a turn counts as one
 * question when its first word, after any hesitation, is an interrogative opening (what, how, do, can, is…).
 * Mixing the rules in a punctuated transcript would count "What a great demo." as a question.
 */
final class QuestionCounter {

    private static final Pattern END_PUNCTUATION = Pattern.compile("[?!.…]+");
    private static final Pattern ANY_END_PUNCTUATION = Pattern.compile("[?!.…]");
    private static final Set<String> OPENINGS = Set.of("what", "why", "how", "when", "where", "who", "whom",
            "whose", "which", "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "would",
            "will", "should", "shall", "have", "has", "may", "isn't", "aren't", "don't", "doesn't", "didn't",
            "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't");

    private QuestionCounter() {
    }

    static Questions count(Conversation conversation) {
        boolean punctuated = conversation.turns().stream()
                .anyMatch(t -> ANY_END_PUNCTUATION.matcher(t.utterance().text()).find());
        int agent = 0;
        int customer = 0;
        for (Conversation.Part turn : conversation.turns()) {
            String text = turn.utterance().text();
            int questions = punctuated ? marked(text) : opensWithInterrogative(text) ? 1 : 0;
            if (turn.role() == SpeakerRole.AGENT) {
                agent += questions;
            } else {
                customer += questions;
            }
        }
        return new Questions(agent, customer, conversation.perMinute(agent));
    }

    static int marked(String text) {
        int count = 0;
        Matcher end = END_PUNCTUATION.matcher(text);
        while (end.find()) {
            if (end.group().indexOf('?') >= 0) {
                count++;
            }
        }
        return count;
    }

    static boolean opensWithInterrogative(String text) {
        for (String token : text.strip().split("\\s+")) {
            if (SpokenWords.isHesitation(token)) {
                continue;
            }
            String word = token.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
            return OPENINGS.contains(word);
        }
        return false;
    }
}
