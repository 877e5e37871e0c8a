package com.salescalls.generator;

import java.util.Random;
import java.util.random.RandomGenerator;

import net.datafaker.Faker;

/**
 * A pool of {@value #POOL_SIZE} prospects. Profiles are recomputed from (seed, customer number) on demand rather
 * than cached, so memory stays flat however many calls are generated.
 */
final class CustomerDirectory {

    static final int POOL_SIZE = 2_000;

    private final long seed;
    private final Random random = new Random(0);
    private final Faker faker = new Faker(random);

    CustomerDirectory(long seed) {
        this.seed = seed;
    }

    /** The minimum of two uniform draws favours low numbers, so some accounts get many calls and others few. */
    Customer pick(RandomGenerator callRandom) {
        int number = 1 + Math.min(callRandom.nextInt(POOL_SIZE), callRandom.nextInt(POOL_SIZE));
        return profile(number);
    }

    Customer profile(int number) {
        random.setSeed(Seeds.mix(seed ^ Seeds.CUSTOMER_SALT, number));
        int teamSize = random.nextDouble() < 0.6
                ? faker.number().numberBetween(5, 40)
                : faker.number().numberBetween(40, 400);
        String currentTool = random.nextDouble() < 0.55
                ? Pick.one(random, Competitors.NAMES)
                : Pick.one(random, Competitors.HOMEGROWN);
        return new Customer(Ids.customer(number), faker.name().firstName(), faker.name().lastName(),
                faker.job().title(), faker.company().name(), faker.company().industry(), faker.address().city(),
                teamSize, currentTool);
    }
}
