package com.salescalls.generator;

import java.util.List;

/** What the fictional vendor sells; agents pitch these names and features. */
final class ProductCatalog {

    static final String VENDOR = "Brightline";

    static final List<String> PRODUCTS = List.of(
            "Brightline Pipeline", "Brightline Forecast", "Brightline Coach", "Brightline Dialer", "Brightline Insights");

    static final List<String> FEATURES = List.of(
            "automatic call logging", "pipeline forecasting", "deal health scores", "email sequencing",
            "a shared team inbox", "real-time dashboards", "territory planning", "commission tracking",
            "call recording and transcription", "the mobile app", "lead routing", "quote generation",
            "Slack alerts", "two-way calendar sync", "custom reports", "activity scoring", "a coaching workspace",
            "renewal tracking", "meeting notes that sync to the account", "a guided onboarding checklist");

    private ProductCatalog() {
    }

    /** Seat price bands by team size, mirroring how SaaS vendors tier their plans. */
    static String planFor(int teamSize) {
        if (teamSize < 20) {
            return "Starter";
        }
        return teamSize < 100 ? "Team" : "Enterprise";
    }
}
