package com.salescalls.generator;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

import net.datafaker.Faker;

/**
 * Fills {@code {slot}} placeholders. Call-level slots come from the {@link CallContext}; a few slots are drawn
 * fresh on every use (features, percentages, peer companies) so repeated templates still read differently.
 */
final class TemplateFiller {

    /** Fixed rather than Faker's retail departments, which read oddly as B2B buyers. */
    private static final List<String> BUYER_DEPARTMENTS = List.of(
            "operations", "finance", "IT", "procurement", "logistics", "HR", "facilities", "engineering");

    private final RandomGenerator random;
    private final Faker faker;

    TemplateFiller(RandomGenerator random, Faker faker) {
        this.random = random;
        this.faker = faker;
    }

    String fill(String template, CallContext context) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open).append(slot(template.substring(open + 1, close), context));
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return out.append(template, from, template.length()).toString();
    }

    private String slot(String name, CallContext c) {
        Customer customer = c.customer();
        return switch (name) {
            case "agent" -> c.agent().firstName();
            case "vendor" -> ProductCatalog.VENDOR;
            case "product" -> c.product();
            case "contact" -> customer.firstName();
            case "contactLast" -> customer.lastName();
            case "title" -> customer.title();
            case "company" -> customer.company();
            case "industry" -> customer.industry();
            case "city" -> customer.city();
            case "team" -> Integer.toString(customer.teamSize());
            case "tool" -> customer.currentTool();
            case "competitor" -> c.competitor();
            case "plan" -> c.plan();
            case "price" -> "$" + c.pricePerSeat();
            case "total" -> String.format(Locale.ROOT, "$%,d", c.pricePerSeat() * customer.teamSize() * 12);
            case "date" -> c.followUpDate();
            case "month" -> c.month();
            case "trial" -> Integer.toString(c.trialDays());
            case "feature" -> Pick.one(random, ProductCatalog.FEATURES);
            case "percent" -> Integer.toString(faker.number().numberBetween(10, 45));
            case "hours" -> Integer.toString(faker.number().numberBetween(2, 12));
            case "weeks" -> Integer.toString(faker.number().numberBetween(2, 8));
            case "peer" -> faker.company().name();
            case "peerName" -> faker.name().firstName();
            case "department" -> Pick.one(random, BUYER_DEPARTMENTS);
            default -> throw new IllegalArgumentException("unknown template slot {" + name + "}");
        };
    }
}
