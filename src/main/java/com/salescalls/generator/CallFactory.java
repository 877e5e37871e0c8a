package com.salescalls.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.datafaker.Faker;

/**
 * Builds one call as a pure function of (seed, anchor, call number): the shared {@link Random} behind the
 * {@link Faker} is reseeded per call, so any call can be produced alone, in any order, with the same result.
 * Not thread-safe; {@link CallGenerator} gives each thread its own factory.
 */
final class CallFactory {

    static final String LANGUAGE = "en";
    private static final DateTimeFormatter FOLLOW_UP = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final List<Integer> TRIAL_DAYS = List.of(14, 21, 30);

    private final long seed;
    private final StartTimes startTimes;
    private final CustomerDirectory customers;
    private final Random random = new Random(0);
    private final Faker faker = new Faker(random);
    private final ConversationWriter writer = new ConversationWriter(random, new TemplateFiller(random, faker));

    CallFactory(long seed, Instant anchor) {
        this.seed = seed;
        this.startTimes = new StartTimes(anchor);
        this.customers = new CustomerDirectory(seed);
    }

    GeneratedCall create(long callNumber) {
        random.setSeed(Seeds.mix(seed, callNumber));
        Agent agent = AgentRoster.pick(random);
        Customer customer = customers.pick(random);
        CustomerMood mood = MoodDistribution.draw(agent, random);
        OffsetDateTime start = startTimes.pick(random);
        CallContext context = context(agent, customer, mood, start);
        Transcript transcript = writer.write(context);
        int duration = CallDuration.seconds(transcript, agent, random);
        return new GeneratedCall(Ids.call(callNumber), agent.id(), customer.id(), LANGUAGE, start, duration,
                transcript.text(), mood, agent.style());
    }

    private CallContext context(Agent agent, Customer customer, CustomerMood mood, OffsetDateTime start) {
        String plan = ProductCatalog.planFor(customer.teamSize());
        int price = switch (plan) {
            case "Starter" -> faker.number().numberBetween(35, 60);
            case "Team" -> faker.number().numberBetween(55, 100);
            default -> faker.number().numberBetween(85, 150);
        };
        String followUp = nextWeekday(start.toLocalDate().plusDays(Pick.between(random, 2, 14))).format(FOLLOW_UP);
        String month = start.plusMonths(Pick.between(random, 1, 4)).format(MONTH);
        return new CallContext(agent, customer, mood, Pick.one(random, ProductCatalog.PRODUCTS), competitor(customer),
                plan, price, followUp, month, Pick.one(random, TRIAL_DAYS));
    }

    /** Nobody books a follow-up on a weekend. */
    private static LocalDate nextWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** A customer already on a competitor usually compares against that one. */
    private String competitor(Customer customer) {
        if (Competitors.NAMES.contains(customer.currentTool()) && Pick.chance(random, 0.5)) {
            return customer.currentTool();
        }
        String other = Pick.one(random, Competitors.NAMES);
        return other.equals(customer.currentTool()) ? Competitors.NAMES.getFirst() : other;
    }
}
