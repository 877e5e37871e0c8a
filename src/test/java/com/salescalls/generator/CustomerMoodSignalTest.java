package com.salescalls.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CustomerMoodSignalTest {

    private static final Set<String> POSITIVE = Set.of("great", "love", "helpful", "thanks", "perfect", "excited",
            "amazing", "wonderful", "fantastic", "awesome", "excellent", "happy", "glad", "impressive");
    private static final Set<String> NEGATIVE = Set.of("expensive", "frustrating", "frustrated", "terrible",
            "annoyed", "annoying", "disappointing", "disappointed", "waste", "hate", "awful", "ridiculous",
            "tired", "skeptical", "mess");

    private final List<GeneratedCall> calls = Transcripts.sample(1_000);

    @Test
    void pleasedCustomersUseFarMorePositiveWordsThanAnnoyedOnes() {
        double pleased = meanCues(CustomerMood.PLEASED, POSITIVE);
        double annoyed = meanCues(CustomerMood.ANNOYED, POSITIVE);

        assertThat(pleased).isGreaterThan(3 * annoyed + 2);
    }

    @Test
    void annoyedCustomersUseFarMoreNegativeWordsThanPleasedOnes() {
        double annoyed = meanCues(CustomerMood.ANNOYED, NEGATIVE);
        double pleased = meanCues(CustomerMood.PLEASED, NEGATIVE);

        assertThat(annoyed).isGreaterThan(3 * pleased + 2);
    }

    @Test
    void moodDominatesTheCustomersLinesInNearlyEveryCall() {
        long agreeing = calls.stream().filter(call -> switch (call.mood()) {
            case PLEASED -> cues(call, POSITIVE) > cues(call, NEGATIVE);
            case ANNOYED -> cues(call, NEGATIVE) > cues(call, POSITIVE);
            case NEUTRAL -> cues(call, POSITIVE) + cues(call, NEGATIVE) <= 1;
        }).count();

        assertThat(agreeing).isGreaterThan(calls.size() * 95 / 100);
    }

    @Test
    void someCustomersRecurAcrossCalls() {
        Map<String, Long> callsPerCustomer = calls.stream()
                .collect(Collectors.groupingBy(GeneratedCall::customerId, Collectors.counting()));

        assertThat(callsPerCustomer.size()).isLessThan(calls.size());
        assertThat(callsPerCustomer.values()).anyMatch(count -> count >= 3);
    }

    private double meanCues(CustomerMood mood, Set<String> words) {
        return calls.stream().filter(call -> call.mood() == mood)
                .mapToLong(call -> cues(call, words)).average().orElseThrow();
    }

    private static long cues(GeneratedCall call, Set<String> words) {
        return Transcripts.customerUtterances(call).stream()
                .flatMap(line -> List.of(line.toLowerCase().split("[^a-z']+")).stream())
                .filter(words::contains)
                .count();
    }
}
