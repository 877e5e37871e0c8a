package com.salescalls.coaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.salescalls.coaching.CoachingProperties.Band;

/**
 * Turns a call's numbers into exactly three nudges. Every signal gives one candidate with a signed distance
 * from its band, in units of a typical spread of that signal: positive when the call is outside the band (a
 * correction), negative inside it (keep doing this, nearest the edge first). The three candidates furthest
 * off come first, so the advice follows the numbers of each call.
 */
final class NudgeEngine {

    static final int NUDGES = 3;

    private final CoachingProperties bands;

    NudgeEngine(CoachingProperties bands) {
        this.bands = bands;
    }

    private record Candidate(double offBy, Nudge nudge) {
    }

    List<Nudge> nudges(CallFacts facts, @Nullable BetterCall better) {
        List<Candidate> candidates = new ArrayList<>();
        if (facts.talkRatio() != null) {
            candidates.add(talkRatio(facts));
        }
        candidates.add(sentiment(facts));
        candidates.add(questions(facts));
        candidates.add(monologue(facts));
        if (facts.firstSentiment() != null && facts.lastSentiment() != null) {
            candidates.add(trend(facts));
        }
        if (better != null) {
            candidates.add(example(facts, better));
        }
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::offBy).reversed())
                .limit(NUDGES).map(Candidate::nudge).toList();
    }

    private Candidate talkRatio(CallFacts facts) {
        double ratio = facts.talkRatio();
        Band band = bands.talkRatio();
        String numbers = String.format(Locale.ROOT, "You talked %s of the time, the customer %s (top performers: "
                + "%s, band %s-%s).", percent(ratio), percent(1 - ratio), percent(bands.talkRatioTarget()),
                percent(band.min()), percent(band.max()));
        String evidence = withQuote(numbers, "Longest stretch", facts.monologueExcerpt());
        double offBy = offBy(ratio, band, 0.10);
        if (ratio > band.max()) {
            return new Candidate(offBy, new Nudge("Talk less, listen more",
                    "Ask an open question, then let the customer finish before you answer; summarise what you "
                            + "heard instead of pitching again.", evidence));
        }
        if (ratio < band.min()) {
            return new Candidate(offBy, new Nudge("Lead the conversation more",
                    "The customer carried the call: share a relevant insight or proof point and propose a clear "
                            + "next step so the call keeps a direction.", evidence));
        }
        return new Candidate(offBy, new Nudge("Keep the talk balance",
                "Your share of the talking is where top performers keep it; hold it there on the next call too.",
                evidence));
    }

    private Candidate sentiment(CallFacts facts) {
        Double score = facts.customerSentiment();
        if (score == null) {
            // without the customer's words nothing else about the call can be judged: this comes first
            return new Candidate(10.0, new Nudge("Get the customer talking",
                    "No customer speech was recognised: ask open questions early, and label transcript lines "
                            + "'Agent:' and 'Customer:' so the call can be analysed.",
                    "Customer sentiment: none, the customer said nothing that was recognised."));
        }
        String numbers = String.format(Locale.ROOT, "Customer sentiment %s (negative below %s).", signed(score),
                signed(bands.minCustomerSentiment()));
        CallFacts.Quote quote = facts.lowestCustomer();
        String evidence = quote == null ? numbers : withQuote(numbers,
                "Lowest moment (" + signed(quote.score()) + ")", quote.text());
        double offBy = (bands.minCustomerSentiment() - score) / 0.2;
        if (offBy > 0) {
            return new Candidate(offBy, new Nudge("Address the customer's concerns",
                    "Name the concern you heard, ask what would resolve it, and confirm before moving on; do not "
                            + "answer an objection with more features.", evidence));
        }
        return new Candidate(offBy, new Nudge("Build on a positive customer",
                "The customer was positive: use the goodwill to secure a concrete next step with a date and the "
                        + "people who decide.", evidence));
    }

    private Candidate questions(CallFacts facts) {
        int asked = facts.agentQuestions();
        Band band = bands.questions();
        String numbers = String.format(Locale.ROOT, "You asked %d question%s (band %s-%s per call).", asked,
                asked == 1 ? "" : "s", whole(band.min()), whole(band.max()));
        String evidence = withQuote(numbers, "For example", facts.sampleQuestion());
        double offBy = offBy(asked, band, 3.0);
        if (asked < band.min()) {
            return new Candidate(offBy, new Nudge("Ask more discovery questions",
                    "Plan open questions about the customer's process, pains and goals, and spread them across "
                            + "the call rather than in one burst.", evidence));
        }
        if (asked > band.max()) {
            return new Candidate(offBy, new Nudge("Ask fewer, deeper questions",
                    "So many questions can feel like an interrogation: ask fewer, follow up on the answers, and "
                            + "summarise before the next one.", evidence));
        }
        return new Candidate(offBy, new Nudge("Keep up the discovery",
                "Your number of questions is in the range that wins calls; keep following up on the answers.",
                evidence));
    }

    private Candidate monologue(CallFacts facts) {
        double seconds = facts.monologueSeconds();
        double limit = bands.maxMonologueSeconds();
        String numbers = String.format(Locale.ROOT, "Longest monologue %s (%d words); keep under %s.",
                duration(seconds), facts.monologueWords(), duration(limit));
        String evidence = withQuote(numbers, "It began", facts.monologueExcerpt());
        double offBy = (seconds - limit) / 60.0;
        if (seconds > limit) {
            return new Candidate(offBy, new Nudge("Break up long monologues",
                    "Stop after a minute or two and check in: ask whether it fits their situation before you go "
                            + "on.", evidence));
        }
        return new Candidate(offBy, new Nudge("Keep explanations short",
                "Your explanations stayed short enough for the customer to follow; keep checking in after each "
                        + "point.", evidence));
    }

    private Candidate trend(CallFacts facts) {
        double first = facts.firstSentiment();
        double last = facts.lastSentiment();
        double drop = first - last;
        String evidence = String.format(Locale.ROOT, "Customer sentiment went from %s in the first quarter to %s "
                + "in the last (a fall above %s is flagged).", signed(first), signed(last),
                String.format(Locale.ROOT, "%.2f", bands.maxSentimentDrop()));
        double offBy = (drop - bands.maxSentimentDrop()) / 0.2;
        if (drop > bands.maxSentimentDrop()) {
            return new Candidate(offBy, new Nudge("Recover the ending",
                    "The customer cooled as the call went on: find the moment it turned, acknowledge it before "
                            + "closing, and end on an agreed next step.", evidence));
        }
        return new Candidate(offBy, new Nudge("Keep the momentum",
                "The customer's mood held or improved to the end; keep closing with a summary and an agreed "
                        + "next step.", evidence));
    }

    private Candidate example(CallFacts facts, BetterCall better) {
        double own = facts.customerSentiment() == null ? 0 : facts.customerSentiment();
        String evidence = String.format(Locale.ROOT, "%s by %s is %s similar and its customer sentiment was %s, "
                        + "against %s here.", better.callId(), better.agentId(), percent(better.similarity()),
                signed(better.customerSentiment()), signed(own));
        return new Candidate((better.customerSentiment() - own) / 0.2, new Nudge("Study a similar call that went "
                + "better", "Listen to " + better.callId() + " by " + better.agentId() + ": a similar "
                + "conversation whose customer ended happier. Note how objections and next steps were handled.",
                evidence));
    }

    /** Distance outside the band in units of {@code spread}, or minus the distance to the nearest edge inside. */
    static double offBy(double value, Band band, double spread) {
        if (value > band.max()) {
            return (value - band.max()) / spread;
        }
        if (value < band.min()) {
            return (band.min() - value) / spread;
        }
        return -Math.min(value - band.min(), band.max() - value) / spread;
    }

    private static String withQuote(String numbers, String label, @Nullable String quote) {
        return quote == null || quote.isBlank() ? numbers : numbers + " " + label + ": \"" + quote + "\"";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    private static String duration(double seconds) {
        long total = Math.round(seconds);
        return total < 60 ? total + " s" : String.format(Locale.ROOT, "%d min %02d s", total / 60, total % 60);
    }
}
